import type { EmergencyContacts } from '@recovery-rules/core/sync';

/** A large `tel:` link to the region's emergency number: one tap opens the phone's dialler, no network involved. */
export function CallButton({ contacts, label }: { contacts: EmergencyContacts; label?: string }) {
  return (
    <a className="call-button" href={`tel:${contacts.emergencyNumber}`}>
      {label ?? 'Call'} {contacts.emergencyNumber}
    </a>
  );
}
