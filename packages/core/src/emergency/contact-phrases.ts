/**
 * The words that fill `{emergencyNumber}` and `{crisisLine}` in messages, per region and language, so a
 * message never names a number that does not work where the person is (SPEC §6: the emergency number is
 * set per locale; 988 is US-only).
 */
import { DEFAULT_EMERGENCY_CONTACTS, type EmergencyContacts } from './locale-config.js';
import type { EmergencyLocale } from './response-steps.js';

/** Fill values for the contact placeholders of the message catalogs. */
export interface ContactPhrases {
  /** The number to call; with the unknown-region fallback, 911 plus a reminder to use the local number. */
  readonly emergencyNumber: string;
  /** Completes "you can …": the 988 line where it applies, a local crisis line elsewhere. */
  readonly crisisLine: string;
}

const WORDS = {
  en: {
    orLocal: (n: string) => `${n} (or your local emergency number)`,
    crisis: (n: string, textable: boolean) => `${textable ? 'call or text' : 'call'} ${n}`,
    unknownRegion: 'call or text 988 in the US, or a local crisis line elsewhere',
    local: 'call a local crisis line',
  },
  es: {
    orLocal: (n: string) => `${n} (o el número de emergencias de su país)`,
    crisis: (n: string, textable: boolean) => `${textable ? 'llamar o enviar un texto al' : 'llamar al'} ${n}`,
    unknownRegion: 'llamar o enviar un texto al 988 en EE. UU., o a una línea de crisis local en otros países',
    local: 'llamar a una línea de crisis local',
  },
} as const;

/**
 * The placeholder values for `contacts` in `locale`. The fallback contacts (region unknown) keep the
 * "or your local emergency number" reminder and describe 988 as US-only.
 */
export function contactPhrases(contacts: EmergencyContacts, locale: EmergencyLocale): ContactPhrases {
  const words = WORDS[locale];
  const regionUnknown = contacts === DEFAULT_EMERGENCY_CONTACTS;
  const line = contacts.crisisLine;
  return {
    emergencyNumber: regionUnknown ? words.orLocal(contacts.emergencyNumber) : contacts.emergencyNumber,
    crisisLine: line ? words.crisis(line.number, line.textable) : regionUnknown ? words.unknownRegion : words.local,
  };
}
