import type { EvaluationResult, WaitingPeriodOutcome } from '@recovery-rules/core/sync';
import type { WaitingPeriodForm } from '../engine/waiting-period-facts.js';
import { ResultMessages } from './ResultMessages.js';
import { formatCalendarDate, Timeline } from './Timeline.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** Props of {@link WaitingPeriodResult}. */
export interface WaitingPeriodResultProps {
  readonly form: WaitingPeriodForm;
  readonly result: EvaluationResult<WaitingPeriodOutcome>;
  readonly now: Date;
  readonly onEdit: () => void;
}

function lastUseLabel(form: WaitingPeriodForm): string {
  const day = formatCalendarDate(form.lastUseDate);
  return form.lastUseTime === '' ? `${day} (time not known)` : `${day}, ${form.lastUseTime}`;
}

/** The waiting-period answer: the dates on a timeline with the engine's explanation, or why none can be given. */
export function WaitingPeriodResult({ form, result, now, onEdit }: WaitingPeriodResultProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const dates = result.outcome === 'computed' ? result : null;
  return (
    <section className="result" aria-labelledby="waiting-heading" data-outcome={result.outcome}>
      <h2 id="waiting-heading" ref={heading} tabIndex={-1}>
        {dates?.earliestStartDate === undefined ? 'The dates need a clinician' : 'The waiting time'}
      </h2>
      {dates?.earliestStartAt !== undefined && dates.recommendedStartAt !== undefined && dates.earliestStartDate !== undefined && dates.recommendedStartDate !== undefined ? (
        <>
          <Timeline lastUseLabel={lastUseLabel(form)} lastUseInstant={Date.parse(`${form.lastUseDate}T${form.lastUseTime === '' ? '23:59' : form.lastUseTime}`)}
            earliestStartAt={dates.earliestStartAt} recommendedStartAt={dates.recommendedStartAt}
            earliestStartDate={dates.earliestStartDate} recommendedStartDate={dates.recommendedStartDate} now={now} />
          <p className="hint">Dates are in the time zone {result.displayTimeZone}.</p>
        </>
      ) : null}
      <ResultMessages messages={result.messages} />
      <p>Only your prescriber can decide whether and when to start. Any opioid use from now on moves both dates later.</p>
      <button type="button" className="secondary" onClick={onEdit}>Change the answers</button>
    </section>
  );
}
