/**
 * Emergency phone numbers by region, for the `emergency-call-now` screen (SPEC §2C "Response content", §6:
 * "The emergency number is set per locale (911 in the US, 112 or 999 elsewhere); 988 is US-only").
 *
 * Pure data and one synchronous lookup: no I/O, no network, no clock, so the emergency screen works offline.
 */

/** A crisis line for mental-health emergencies, offered alongside (never instead of) the emergency number. */
export interface CrisisLine {
  /** The number to call, digits only, e.g. `'988'`. */
  readonly number: string;
  /** The line's public name, shown next to the number. */
  readonly name: string;
  /** True when the same number also accepts text messages. */
  readonly textable: boolean;
}

/** The numbers an app shows and dials for one region. */
export interface EmergencyContacts {
  /** The general emergency number (ambulance, police, fire), digits only, e.g. `'911'`, `'112'`, `'999'`. */
  readonly emergencyNumber: string;
  /**
   * A crisis line, only where this table is sure it applies. Absent means "no crisis line is offered", never
   * "none exists": the emergency number always comes first.
   */
  readonly crisisLine?: CrisisLine;
}

/** Two uppercase ASCII letters: the shape of an ISO 3166-1 alpha-2 region code. */
const REGION_FORMAT = /^[A-Z]{2}$/;

function contacts(emergencyNumber: string, crisisLine?: CrisisLine): EmergencyContacts {
  return Object.freeze(
    crisisLine === undefined ? { emergencyNumber } : { emergencyNumber, crisisLine: Object.freeze({ ...crisisLine }) },
  );
}

/**
 * 112 is the single European emergency number and is answered in every EU member state (Directive (EU)
 * 2018/1972, art. 109). Listed by ISO 3166-1 alpha-2 code; Greece is `GR` (not the EU's own `EL`).
 */
const EU_112_REGIONS = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/**
 * Emergency contacts keyed by ISO 3166-1 alpha-2 region code (uppercase). Frozen.
 *
 * - `US`: 911, plus the 988 Suicide & Crisis Lifeline (call or text). 988 appears nowhere else in this table
 *   (SPEC §6: "988 is US-only").
 * - `CA`: 911. Canada opened its own 9-8-8 Suicide Crisis Helpline (call or text) on 30 November 2023, but
 *   SPEC §6 says 988 is US-only and the SPEC's 988 source covers only the US Lifeline, so it is deliberately
 *   left out until a clinician signs it off (SPEC §7). The app still shows 911 first.
 * - `MX`: 911 (Mexico's national emergency number since 2017).
 * - `GB`: 999. 112 also works in the UK; 999 is the number people know.
 * - EU member states (including `IE`, `DE`, `FR`, `ES`, `IT`, `NL`, `PT`): 112. In Ireland 999 also works.
 * - `AU`: 000 (112 also works from mobile phones).
 * - `NZ`: 111.
 *
 * No crisis line is listed outside the US: the SPEC sources none, and a wrong crisis number in an emergency is
 * worse than none. Apps may add a vetted local line themselves.
 */
export const EMERGENCY_CONTACTS_BY_REGION: Readonly<Record<string, EmergencyContacts>> = Object.freeze({
  US: contacts('911', { number: '988', name: '988 Suicide & Crisis Lifeline', textable: true }),
  CA: contacts('911'),
  MX: contacts('911'),
  GB: contacts('999'),
  AU: contacts('000'),
  NZ: contacts('111'),
  ...Object.fromEntries(EU_112_REGIONS.map((region) => [region, contacts('112')])),
});

/**
 * What {@link emergencyContactsFor} returns when no region is given or the region is not in the table: 911 and
 * no crisis line. Frozen; compare by identity (`contacts === DEFAULT_EMERGENCY_CONTACTS`) to tell that the
 * region was unknown, and then show "or your local emergency number" next to the number (as
 * {@link emergencyResponseSteps} does).
 *
 * Why 911 rather than 112:
 * - SPEC §2C says "Call 911, or the local number (set per locale)", and every English message already reads
 *   "911 (or your local emergency number)", so the fallback matches what the person has just read.
 * - The SDK's primary audience is in the US, where 911 is the only right number.
 * - On mobile phones, 911 and 112 are both built-in emergency numbers under the 3GPP standard (TS 22.101), so in
 *   most countries dialling 911 on a mobile still reaches local emergency services. Neither choice helps much on
 *   a foreign landline, which is why apps should pass the region whenever they know it.
 *
 * 988 is never part of the fallback: it only works in the US, and an unknown region may not be the US.
 */
export const DEFAULT_EMERGENCY_CONTACTS: EmergencyContacts = contacts('911');

/**
 * The emergency contacts for an ISO 3166-1 alpha-2 region code such as `'US'`, `'GB'` or `'DE'`.
 *
 * - A listed region returns its entry from {@link EMERGENCY_CONTACTS_BY_REGION}.
 * - `undefined` (region not known) or a well-formed but unlisted code (e.g. `'ZZ'`) returns
 *   {@link DEFAULT_EMERGENCY_CONTACTS}: 911 with no crisis line. 988 is only ever returned for `'US'`.
 * - Anything else (lowercase `'us'`, `'USA'`, `'en-US'`, `''`, surrounding spaces, a non-string) throws a
 *   `RangeError`. Guessing from a malformed code could show the wrong number; the error surfaces the bug while
 *   the app is being built. Normalise locale data (e.g. `Intl.Locale#region`) before calling.
 *
 * Synchronous and free of I/O. The returned object is frozen and shared.
 *
 * @throws RangeError when `region` is defined but is not two uppercase ASCII letters.
 */
export function emergencyContactsFor(region: string | undefined): EmergencyContacts {
  if (region === undefined) return DEFAULT_EMERGENCY_CONTACTS;
  if (typeof region !== 'string' || !REGION_FORMAT.test(region)) {
    throw new RangeError(
      `emergencyContactsFor: region must be an ISO 3166-1 alpha-2 code of two uppercase letters (e.g. "US"), got ${typeof region === 'string' ? JSON.stringify(region) : typeof region}`,
    );
  }
  return Object.hasOwn(EMERGENCY_CONTACTS_BY_REGION, region)
    ? (EMERGENCY_CONTACTS_BY_REGION[region] ?? DEFAULT_EMERGENCY_CONTACTS)
    : DEFAULT_EMERGENCY_CONTACTS;
}
