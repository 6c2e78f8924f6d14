import { emergencyContactsFor, type EvaluationResult, type RelapseWarningsOutcome } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';
import { ResultMessages } from './ResultMessages.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** Headings in a supportive voice; the rule set's own messages follow them. */
const HEADINGS: Readonly<Record<RelapseWarningsOutcome, string>> = {
  'lapse-occurred': 'Thank you for being honest. Reach out for support now.',
  elevated: 'Now is a good time to reach out',
  'early-warning': 'A few early signs are showing',
  'insufficient-information': "We can't give the full picture yet",
  'none-detected': 'No warning signs this week',
};

/** The check-in result. "Not sure" answers keep it at "we can't give the full picture", never at "all clear". */
export function CheckInResult({ result, region, onEdit }: { result: EvaluationResult<RelapseWarningsOutcome>; region: string | undefined; onEdit: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const contacts = emergencyContactsFor(region);
  return (
    <section className={`result check-in-${result.outcome}`} aria-labelledby="check-in-result-heading" data-outcome={result.outcome}>
      <h2 id="check-in-result-heading" ref={heading} tabIndex={-1}>{HEADINGS[result.outcome]}</h2>
      <ResultMessages messages={result.messages} />
      {result.outcome === 'lapse-occurred' ? (
        <div className="safety-net"><p>If someone can't be woken or isn't breathing normally, call now.</p><CallButton contacts={contacts} /></div>
      ) : null}
      {contacts.crisisLine === undefined ? null : (
        <p>Want to talk to someone now? Call or text <a href={`tel:${contacts.crisisLine.number}`}>{contacts.crisisLine.number}</a> ({contacts.crisisLine.name}).</p>
      )}
      <button type="button" className="secondary" onClick={onEdit}>Change the answers</button>
    </section>
  );
}
