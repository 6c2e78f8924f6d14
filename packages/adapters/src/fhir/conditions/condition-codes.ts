/**
 * Condition codes that establish `acuteHepatitis`, `liverFailure` and `pregnancyStatus = pregnant`. SNOMED CT
 * codes match exactly (descendants need a terminology server and are listed as unmapped); ICD-10 and
 * ICD-10-CM codes match by category prefix, so K72.00 falls under K72.
 */

/** What a recognised Condition sets. */
export interface ConditionFact {
  readonly fact: 'acuteHepatitis' | 'liverFailure' | 'pregnancyStatus';
  readonly value: 'yes' | 'pregnant' | 'postpartum-within-12-months';
  /** The value holds only this many days from the Condition's onset (which must then be a full date). */
  readonly withinDaysOfOnset?: number;
}

const ACUTE_HEPATITIS: ConditionFact = { fact: 'acuteHepatitis', value: 'yes' };
const LIVER_FAILURE: ConditionFact = { fact: 'liverFailure', value: 'yes' };
const PREGNANT: ConditionFact = { fact: 'pregnancyStatus', value: 'pregnant' };

/** SNOMED CT concept id → fact (with the concept's display). */
export const SNOMED_CONDITIONS: ReadonlyMap<string, ConditionFact & { readonly display: string }> = new Map([
  ['37871000', { ...ACUTE_HEPATITIS, display: 'Acute hepatitis (disorder)' }],
  ['59927004', { ...LIVER_FAILURE, display: 'Hepatic failure (disorder)' }],
  ['77386006', { ...PREGNANT, display: 'Pregnant (finding)' }],
  ['72892002', { ...PREGNANT, display: 'Normal pregnancy (finding)' }],
  ['86569001', { fact: 'pregnancyStatus', value: 'postpartum-within-12-months', withinDaysOfOnset: 365, display: 'Postpartum state (finding)' }],
]);

/** ICD-10 / ICD-10-CM category prefixes → fact (with the category's title). */
export const ICD10_PREFIXES: readonly (ConditionFact & { readonly prefix: string; readonly display: string })[] = [
  { prefix: 'B15', ...ACUTE_HEPATITIS, display: 'Acute hepatitis A' },
  { prefix: 'B16', ...ACUTE_HEPATITIS, display: 'Acute hepatitis B' },
  { prefix: 'B17', ...ACUTE_HEPATITIS, display: 'Other acute viral hepatitis' },
  { prefix: 'K71.2', ...ACUTE_HEPATITIS, display: 'Toxic liver disease with acute hepatitis' },
  { prefix: 'K72', ...LIVER_FAILURE, display: 'Hepatic failure, not elsewhere classified' },
  { prefix: 'Z33.1', ...PREGNANT, display: 'Pregnant state, incidental' },
  { prefix: 'Z34', ...PREGNANT, display: 'Supervision of normal pregnancy' },
  { prefix: 'O09', ...PREGNANT, display: 'Supervision of high-risk pregnancy' },
];
