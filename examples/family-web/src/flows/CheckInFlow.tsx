import { evaluateSync, RELAPSE_SIGNS, type EvaluationResult, type RelapseWarningsOutcome } from '@recovery-rules/core/sync';
import { useState, type FormEvent } from 'react';
import { CheckInResult } from '../components/CheckInResult.js';
import { RadioGroup } from '../components/RadioGroup.js';
import { NOT_SURE } from '../engine/answer-values.js';
import { checkInFacts } from '../engine/check-in-facts.js';
import { SIGN_WORDING } from '../questions/sign-wording.js';
import { useHandlerGuard } from '../components/guard-handler.js';

const YES_NO_NOT_SURE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: NOT_SURE, label: 'Not sure' },
];
const CRAVING_SCALE = [...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })), { value: NOT_SURE, label: 'Not sure' }];

type Answers = Readonly<Record<string, string | null>>;

/** "How am I doing?": a week's check-in on the relapse warning signs, answered by the person in recovery. */
export function CheckInFlow({ region }: { region: string | undefined }) {
  const [signs, setSigns] = useState<Answers>(() => Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, null])));
  const [craving, setCraving] = useState<string | null>(null);
  const [usedAgain, setUsedAgain] = useState<string | null>(null);
  const [result, setResult] = useState<EvaluationResult<RelapseWarningsOutcome> | null>(null);
  const guard = useHandlerGuard();

  const submit = guard((event: FormEvent) => {
    event.preventDefault();
    setResult(evaluateSync('relapse-warnings', checkInFacts({ signs, craving, usedAgain }, new Date()), region === undefined ? {} : { region }));
  });
  if (result !== null) return <CheckInResult result={result} region={region} onEdit={() => setResult(null)} />;
  return (
    <form className="flow form" onSubmit={submit} aria-labelledby="check-in-heading">
      <h1 id="check-in-heading">How am I doing?</h1>
      <p>Think about the past week. There are no right answers, and "Not sure" is always fine.</p>
      <RadioGroup legend="Have you used opioids again after a time without them?" name="useAfterAbstinence"
        options={YES_NO_NOT_SURE} value={usedAgain} onChange={setUsedAgain} inline />
      <RadioGroup legend="How strong have cravings been?" hint="0 means none, 10 the strongest you can imagine." name="cravingIntensity"
        options={CRAVING_SCALE} value={craving} onChange={setCraving} inline />
      {RELAPSE_SIGNS.map((sign) => (
        <RadioGroup key={sign} legend={SIGN_WORDING[sign]} name={sign} options={YES_NO_NOT_SURE} value={signs[sign] ?? null}
          onChange={(value) => setSigns((current) => ({ ...current, [sign]: value }))} inline />
      ))}
      <button type="submit" className="primary">See my check-in</button>
    </form>
  );
}
