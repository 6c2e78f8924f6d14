import { emergencyNotRuledOut, type EmergencyContacts, type EvaluationResult, type UrgentHelpOutcome } from '@recovery-rules/core/sync';
import { ResponseSteps } from './EmergencyScreen.js';
import { ResultMessages } from './ResultMessages.js';
import { SafetyNet } from './SafetyNet.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** Headings in the app's voice; the engine's messages below them carry the substance. */
const HEADINGS: Readonly<Record<UrgentHelpOutcome, string>> = {
  'emergency-call-now': 'This is an emergency. Call now.',
  'urgent-same-day': 'Get help today',
  'insufficient-information': "We can't rule out an emergency",
  'contact-care-team': 'Contact the care team soon',
  routine: 'Nothing you entered needs urgent help right now',
};

/**
 * A non-emergency urgent-help result. "insufficient-information" is never dressed as good news: it leads
 * with the call-if-in-doubt safety net, as does every result short of "routine".
 */
export function UrgentHelpResult({ result, contacts }: { result: EvaluationResult<UrgentHelpOutcome>; contacts: EmergencyContacts }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { outcome } = result;
  const undecided = emergencyNotRuledOut(result);
  return (
    <section className={`result result-${outcome}`} aria-labelledby="urgent-result-heading" data-outcome={outcome}>
      <h2 id="urgent-result-heading" ref={heading} tabIndex={-1}>{HEADINGS[outcome]}</h2>
      {outcome === 'routine' && !undecided ? null : <SafetyNet contacts={contacts} />}
      {/* Like the SDK's assessment (its emergency content), an undecided emergency gets the steps too, also
          when a higher-ranked outcome such as urgent-same-day took the heading. */}
      {undecided && outcome !== 'insufficient-information' ? (
        <p className="also-alert" role="alert">We also can&apos;t rule out an emergency: some signs were not answered.</p>
      ) : null}
      {undecided ? <ResponseSteps contacts={contacts} /> : null}
      <ResultMessages messages={result.messages} />
      {outcome === 'routine' ? (
        <p>Check again if anything changes. If they get worse, or you are worried, call {contacts.emergencyNumber}.</p>
      ) : null}
    </section>
  );
}
