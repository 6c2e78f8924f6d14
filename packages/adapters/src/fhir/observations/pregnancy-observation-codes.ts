/** LOINC codes and answers for pregnancy status and pregnancy tests. */

/** LOINC 82810-3 Pregnancy status: its value is a coded answer. */
export const PREGNANCY_STATUS_LOINC = '82810-3';

/** Pregnancy tests with a positive/negative result. */
export const PREGNANCY_TEST_LOINC: ReadonlyMap<string, string> = new Map([['2106-3', 'Choriogonadotropin (pregnancy test) [Presence] in Urine']]);

/** Answers to 82810-3, as SNOMED CT (77386006 Pregnant, 60001007 Not pregnant) or LOINC answer LA15173-0. */
export const PREGNANCY_STATUS_ANSWERS: readonly { readonly system: string; readonly code: string; readonly value: 'pregnant' | 'not-pregnant' }[] = [
  { system: 'http://snomed.info/sct', code: '77386006', value: 'pregnant' },
  { system: 'http://snomed.info/sct', code: '60001007', value: 'not-pregnant' },
  { system: 'http://loinc.org', code: 'LA15173-0', value: 'pregnant' },
];
