/**
 * `ageYears` from Patient.birthDate: completed years at the calendar date of `evaluatedAt` (as written, in
 * its own offset). A birth date without a day cannot give an exact age and is reported instead.
 */
import type { Patient } from '@medplum/fhirtypes';
import { emptyPart, type MappingPart } from './fact-candidate.js';
import { sourceOf } from './source-of.js';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Completed years from `birth` to `on` (both YYYY-MM-DD). */
export function completedYears(birth: string, on: string): number | undefined {
  const b = FULL_DATE.exec(birth);
  const o = FULL_DATE.exec(on);
  if (!b || !o) return undefined;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [oy, om, od] = [Number(o[1]), Number(o[2]), Number(o[3])];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Maps each Patient's birthDate to `ageYears` (several Patients that disagree become a conflict). */
export function mapPatients(patients: readonly Patient[], evaluatedAt: string): MappingPart {
  const part = emptyPart();
  const onDate = evaluatedAt.slice(0, 10);
  for (const patient of patients) {
    if (patient.birthDate === undefined) continue;
    const source = sourceOf(patient, 'birthDate');
    const age = completedYears(patient.birthDate, onDate);
    if (age === undefined || age < 0) {
      const why = age === undefined ? 'is not a full YYYY-MM-DD date, so the exact age is unknown' : 'is after the evaluation date';
      part.problems.push({ kind: 'invalid', fact: 'ageYears', message: `${source.reference} birthDate "${patient.birthDate}" ${why}.`, sources: [source] });
    } else {
      part.candidates.push({ fact: 'ageYears', value: age, source });
    }
  }
  return part;
}
