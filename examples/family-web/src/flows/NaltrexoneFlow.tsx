import { evaluateSync, FactsValidationError, type EvaluationResult, type WaitingPeriodOutcome } from '@recovery-rules/core/sync';
import { useState, type FormEvent } from 'react';
import { RadioGroup } from '../components/RadioGroup.js';
import { WaitingPeriodResult } from '../components/WaitingPeriodResult.js';
import { NOT_SURE } from '../engine/answer-values.js';
import { waitingPeriodFacts, type WaitingPeriodForm } from '../engine/waiting-period-facts.js';
import { FACT_WORDING } from '../questions/fact-wording.js';
import { questionFor } from '../questions/question-model.js';
import { useHandlerGuard } from '../components/guard-handler.js';

/** Props of {@link NaltrexoneFlow}. */
export interface NaltrexoneFlowProps {
  readonly deviceTimeZone: string | null;
  readonly region: string | undefined;
}

const withNotSure = (fact: string) => {
  const question = questionFor(fact);
  const choices = question?.kind === 'choice' ? question.choices : [];
  return [...choices, { value: NOT_SURE, label: "I don't know" }];
};

/** "When could naltrexone start?": last use, opioid type, fentanyl and time zone → the waiting-period dates. */
export function NaltrexoneFlow({ deviceTimeZone, region }: NaltrexoneFlowProps) {
  const [lastUseDate, setLastUseDate] = useState('');
  const [lastUseTime, setLastUseTime] = useState('');
  const [opioidType, setOpioidType] = useState<string | null>(null);
  const [fentanyl, setFentanyl] = useState<string | null>(null);
  const [zone, setZone] = useState(deviceTimeZone ?? '');
  const [zoneUnknown, setZoneUnknown] = useState(deviceTimeZone === null);
  const [outcome, setOutcome] = useState<{ form: WaitingPeriodForm; result: EvaluationResult<WaitingPeriodOutcome>; now: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const guard = useHandlerGuard();

  const submit = guard((event: FormEvent) => {
    event.preventDefault();
    const form: WaitingPeriodForm = { lastUseDate, lastUseTime, opioidType, fentanyl, timeZone: zoneUnknown ? null : zone.trim() };
    const now = new Date();
    try {
      const result = evaluateSync('waiting-period', waitingPeriodFacts(form, now), region === undefined ? {} : { region });
      setError(null);
      setOutcome({ form, result, now });
    } catch (caught) {
      if (!(caught instanceof FactsValidationError) && !(caught instanceof RangeError)) throw caught;
      setError(caught instanceof FactsValidationError ? caught.issues.map((issue) => issue.message).join(' ') : caught.message);
    }
  });

  if (outcome !== null) return <WaitingPeriodResult {...outcome} onEdit={() => setOutcome(null)} />;
  return (
    <form className="flow form" onSubmit={submit} aria-labelledby="naltrexone-heading">
      <h1 id="naltrexone-heading">When could naltrexone start?</h1>
      <p>Naltrexone can only start once opioids have cleared the body. These answers give the usual waiting time; your prescriber decides.</p>
      <div className="field">
        <label htmlFor="last-use-date">Date of the last opioid use</label>
        <input id="last-use-date" type="date" required value={lastUseDate} onChange={(e) => setLastUseDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="last-use-time">Time of the last use, if you know it</label>
        <p className="hint" id="last-use-time-hint">Leave empty if you're not sure: we then count from the end of that day.</p>
        <input id="last-use-time" type="time" aria-describedby="last-use-time-hint" value={lastUseTime} onChange={(e) => setLastUseTime(e.target.value)} />
      </div>
      <RadioGroup legend={FACT_WORDING.lastOpioidType?.prompt ?? 'Opioid type'} {...(FACT_WORDING.lastOpioidType?.hint === undefined ? {} : { hint: FACT_WORDING.lastOpioidType.hint })}
        name="lastOpioidType" options={withNotSure('lastOpioidType')} value={opioidType} onChange={setOpioidType} />
      <RadioGroup legend={FACT_WORDING.fentanylExposure?.prompt ?? 'Fentanyl'} {...(FACT_WORDING.fentanylExposure?.hint === undefined ? {} : { hint: FACT_WORDING.fentanylExposure.hint })}
        name="fentanylExposure" options={withNotSure('fentanylExposure')} value={fentanyl} onChange={setFentanyl} inline />
      <div className="field">
        <label htmlFor="time-zone">Time zone</label>
        <p className="hint" id="time-zone-hint">Filled in from this device. Change it if the last use was somewhere else.</p>
        <input id="time-zone" type="text" aria-describedby="time-zone-hint" autoComplete="off" spellCheck={false} value={zone}
          disabled={zoneUnknown} required={!zoneUnknown} onChange={(e) => setZone(e.target.value)} />
        <label className="checkbox">
          <input type="checkbox" checked={zoneUnknown} onChange={(e) => setZoneUnknown(e.target.checked)} />
          <span>I don't know the time zone</span>
        </label>
      </div>
      {error === null ? null : <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="primary">Show the dates</button>
    </form>
  );
}
