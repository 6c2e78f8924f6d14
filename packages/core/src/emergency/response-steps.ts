/**
 * The steps shown with an `emergency-call-now` result (SPEC §2C "Response content for emergency-call-now",
 * paraphrased from CDC-OD, SAMHSA-TK, S0 and VIV ISI), as structured data an app can render.
 *
 * No I/O and fully synchronous, so the emergency screen never waits on anything. The text gives no doses and
 * tells nobody to start or stop a medicine (SPEC §6): for naloxone it points to the instructions on the package.
 */
import { DEFAULT_EMERGENCY_CONTACTS, type EmergencyContacts } from './locale-config.js';

/** Languages the emergency steps are written in. */
export type EmergencyLocale = 'en' | 'es';

/** Every locale {@link emergencyResponseSteps} supports. */
export const EMERGENCY_LOCALES: readonly EmergencyLocale[] = Object.freeze(['en', 'es'] as const);

/** Stable ids of the five steps, in the order they are shown. */
export const EMERGENCY_STEP_IDS = Object.freeze([
  'call-emergency-number',
  'give-naloxone',
  'support-breathing',
  'recovery-position',
  'stay-and-watch',
] as const);

/** The id of one emergency step. */
export type EmergencyStepId = (typeof EMERGENCY_STEP_IDS)[number];

/** One step of the emergency response. */
export interface EmergencyStep {
  /** Position, starting at 1. Steps are returned sorted by it. */
  readonly order: number;
  /** Stable id for analytics, icons and tests; never shown to the person. */
  readonly id: EmergencyStepId;
  /** The plain-language instruction, in the requested locale. */
  readonly text: string;
  /**
   * True for the steps the app should show at the same time, on one screen, with nothing in between: calling
   * the emergency number and giving naloxone (SPEC §2C: "The SDK shows calling and giving naloxone together").
   * The order still puts the call first.
   */
  readonly together: boolean;
  /**
   * On the call step only: the digits to dial, for a one-tap `tel:` link with no interstitial (SPEC §6).
   */
  readonly dial?: string;
}

/** The call step's number: digits only, so it can go straight into a `tel:` link. */
const DIALLABLE = /^[0-9]{2,6}$/;

interface StepTexts {
  readonly call: (number: string, numberIsFallback: boolean) => string;
  readonly naloxone: string;
  readonly breathing: string;
  readonly position: string;
  readonly stay: string;
}

const TEXTS: Readonly<Record<EmergencyLocale, StepTexts>> = {
  en: {
    call: (number, fallback) =>
      `Call ${number}${fallback ? ' (or your local emergency number)' : ''} now. Say where you are and what you can see.`,
    naloxone:
      "If you have naloxone, give it now. Follow the instructions on the naloxone package. Don't wait for help to arrive first.",
    breathing: "Help them breathe. Follow the instructions you are given on the phone for rescue breathing or CPR.",
    position: "If they are breathing, roll them onto their side so they don't choke if they vomit.",
    stay: 'Stay with them until help arrives and keep watching their breathing. Naloxone can wear off and the overdose can come back.',
  },
  es: {
    call: (number, fallback) =>
      `Llame ahora al ${number}${fallback ? ' (o el número de emergencias de su país)' : ''}. Diga dónde está y lo que ve.`,
    naloxone:
      'Si tiene naloxona, adminístrela ahora. Siga las instrucciones del envase de la naloxona. No espere a que llegue la ayuda para hacerlo.',
    breathing:
      'Ayude a la persona a respirar. Siga las indicaciones que le den por teléfono para dar respiración de rescate o RCP.',
    position: 'Si la persona respira, póngala de lado para que no se ahogue si vomita.',
    stay: 'Quédese con la persona hasta que llegue la ayuda y vigile su respiración. La naloxona puede dejar de hacer efecto y la sobredosis puede volver.',
  },
};

/**
 * The five emergency steps for `emergency-call-now`, in order:
 *
 * 1. `call-emergency-number`: call `contacts.emergencyNumber` now (`together: true`, with `dial` set).
 * 2. `give-naloxone`: give naloxone if there is some, following the package instructions (`together: true`).
 * 3. `support-breathing`: help them breathe, following the rescue-breathing or CPR instructions given on the call.
 * 4. `recovery-position`: if they are breathing, put them on their side.
 * 5. `stay-and-watch`: stay and keep watching, because naloxone can wear off and the overdose can return.
 *
 * When `contacts` is {@link DEFAULT_EMERGENCY_CONTACTS} (the region was unknown), step 1 adds "or your local
 * emergency number". The crisis line is never part of these steps: the emergency number always comes first.
 *
 * Returns a new array on every call. Synchronous, no I/O.
 *
 * @throws RangeError when `locale` is not `'en'` or `'es'`, or when `contacts.emergencyNumber` is not 2–6
 *   digits (a step that says "Call  now" must never reach a person).
 */
export function emergencyResponseSteps(contacts: EmergencyContacts, locale: EmergencyLocale): EmergencyStep[] {
  if (!Object.hasOwn(TEXTS, locale)) {
    throw new RangeError(`emergencyResponseSteps: unsupported locale ${JSON.stringify(String(locale))}; use 'en' or 'es'`);
  }
  const number = contacts.emergencyNumber;
  if (typeof number !== 'string' || !DIALLABLE.test(number)) {
    throw new RangeError(`emergencyResponseSteps: emergencyNumber must be 2-6 digits, got ${JSON.stringify(String(number))}`);
  }
  const texts = TEXTS[locale];
  return [
    { order: 1, id: 'call-emergency-number', text: texts.call(number, contacts === DEFAULT_EMERGENCY_CONTACTS), together: true, dial: number },
    { order: 2, id: 'give-naloxone', text: texts.naloxone, together: true },
    { order: 3, id: 'support-breathing', text: texts.breathing, together: false },
    { order: 4, id: 'recovery-position', text: texts.position, together: false },
    { order: 5, id: 'stay-and-watch', text: texts.stay, together: false },
  ];
}
