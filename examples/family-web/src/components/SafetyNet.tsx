import type { EmergencyContacts } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';

/** "If in doubt, call": shown whenever the answer is not complete, so uncertainty always has a way out. */
export function SafetyNet({ contacts }: { contacts: EmergencyContacts }) {
  return (
    <aside className="safety-net" aria-label="If in doubt">
      <p>If you can't check, or they won't wake up or aren't breathing normally, call now. If in doubt, treat it as an emergency.</p>
      <CallButton contacts={contacts} />
    </aside>
  );
}
