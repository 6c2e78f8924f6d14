import { DEFAULT_EMERGENCY_CONTACTS, type EmergencyContacts } from '@recovery-rules/core/sync';

/**
 * A large `tel:` link to the region's emergency number: one tap opens the phone's dialler, no network involved.
 * The region is only a guess from the device's language (the app never asks where the person is), so the
 * button always says how to do better: with no region, that 911 is a fallback; with one, that the number
 * came from the language, so an English-US phone in Spain does not send someone to 911 without a word.
 */
export function CallButton({ contacts, label }: { contacts: EmergencyContacts; label?: string }) {
  return (
    <>
      <a className="call-button" href={`tel:${contacts.emergencyNumber}`}>
        {label ?? 'Call'} {contacts.emergencyNumber}
      </a>
      <p className="hint">
        {contacts === DEFAULT_EMERGENCY_CONTACTS
          ? 'Or your local emergency number.'
          : "Chosen from your device's language. Somewhere else? Call your local emergency number."}
      </p>
    </>
  );
}
