import { DEFAULT_EMERGENCY_CONTACTS, type EmergencyContacts } from '@recovery-rules/core/sync';

/**
 * A large `tel:` link to the region's emergency number: one tap opens the phone's dialler, no network involved.
 * When the region is unknown (the SDK's 911 fallback), it says so, so nobody abroad is misled.
 */
export function CallButton({ contacts, label }: { contacts: EmergencyContacts; label?: string }) {
  return (
    <>
      <a className="call-button" href={`tel:${contacts.emergencyNumber}`}>
        {label ?? 'Call'} {contacts.emergencyNumber}
      </a>
      {contacts === DEFAULT_EMERGENCY_CONTACTS ? <p className="hint">Or your local emergency number.</p> : null}
    </>
  );
}
