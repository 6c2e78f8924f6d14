import { emergencyResponseSteps, type EmergencyContacts, type ResultMessage } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';
import { ResultMessages } from './ResultMessages.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** The SDK's ordered emergency response steps, bundled with the app and computed synchronously. */
export function ResponseSteps({ contacts }: { contacts: EmergencyContacts }) {
  return (
    <ol className="steps">
      {emergencyResponseSteps(contacts, 'en').map((step) => (
        <li key={step.id} data-step={step.id}>{step.text}</li>
      ))}
    </ol>
  );
}

/**
 * The emergency screen: the call button and the ordered response steps come first, before any explanation,
 * all computed synchronously from data bundled with the app.
 */
export function EmergencyScreen({ contacts, messages }: { contacts: EmergencyContacts; messages: readonly ResultMessage[] }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading" ref={heading} tabIndex={-1}>This is an emergency. Call now.</h2>
      <CallButton contacts={contacts} />
      <ResponseSteps contacts={contacts} />
      <h3>Why</h3>
      <ResultMessages messages={messages} />
    </section>
  );
}
