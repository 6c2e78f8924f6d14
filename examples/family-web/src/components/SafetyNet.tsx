import type { EmergencyContacts } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';

/** "If in doubt, call": shown whenever the answer is not complete, so uncertainty always has a way out. */
export function SafetyNet({ contacts }: { contacts: EmergencyContacts }) {
  return (
    <aside className="safety-net" aria-label="If in doubt">
      <p>If in doubt, treat it as an emergency and call.</p>
      <CallButton contacts={contacts} />
    </aside>
  );
}
