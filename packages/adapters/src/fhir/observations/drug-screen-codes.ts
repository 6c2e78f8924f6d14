/**
 * LOINC codes of qualitative urine tests for each opioid class SPEC §1 requires a panel to cover (ACMT21: a
 * standard opiate immunoassay misses fentanyl, methadone, buprenorphine and oxycodone). Codes taken from the
 * CDC opioid CDS value sets (cqframework/opioid-cds-r4) and checked against laboratory catalogues.
 */

/** The opioid classes a urine panel must cover before a negative result is trusted. */
export const SCREEN_CLASSES = ['opiates', 'fentanyl', 'oxycodone', 'methadone', 'buprenorphine'] as const;

/** One opioid class of a urine screen. */
export type ScreenClass = (typeof SCREEN_CLASSES)[number];

/** LOINC code → class and display. Only qualitative ([Presence]) tests: quantities need cut-offs we lack. */
export const DRUG_SCREEN_CODES: ReadonlyMap<string, { readonly screenClass: ScreenClass; readonly display: string }> = new Map([
  ['19295-5', { screenClass: 'opiates', display: 'Opiates [Presence] in Urine by Screen method' }],
  ['3879-4', { screenClass: 'opiates', display: 'Opiates [Presence] in Urine' }],
  ['18390-5', { screenClass: 'opiates', display: 'Opiates [Presence] in Urine by Confirmatory method' }],
  ['59673-4', { screenClass: 'fentanyl', display: 'fentaNYL [Presence] in Urine by Screen method' }],
  ['19642-8', { screenClass: 'oxycodone', display: 'oxyCODONE [Presence] in Urine by Screen method' }],
  ['10998-3', { screenClass: 'oxycodone', display: 'oxyCODONE [Presence] in Urine' }],
  ['58430-0', { screenClass: 'oxycodone', display: 'oxyCODONE+oxyMORphone [Presence] in Urine by Screen method' }],
  ['19550-3', { screenClass: 'methadone', display: 'Methadone [Presence] in Urine by Screen method' }],
  ['3773-9', { screenClass: 'methadone', display: 'Methadone [Presence] in Urine' }],
  ['42251-9', { screenClass: 'methadone', display: 'Methadone+Metabolite [Presence] in Urine by Screen method' }],
  ['93495-0', { screenClass: 'methadone', display: 'EDDP [Presence] in Urine by Screen method' }],
  ['93494-3', { screenClass: 'buprenorphine', display: 'Buprenorphine [Presence] in Urine by Screen method' }],
  ['3414-0', { screenClass: 'buprenorphine', display: 'Buprenorphine [Presence] in Urine' }],
  ['58359-1', { screenClass: 'buprenorphine', display: 'Buprenorphine+Norbuprenorphine [Presence] in Urine by Screen method' }],
  ['38373-7', { screenClass: 'buprenorphine', display: 'Buprenorphine+Norbuprenorphine [Presence] in Urine' }],
]);
