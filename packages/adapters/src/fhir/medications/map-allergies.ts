/**
 * `naltrexoneHypersensitivity = yes` from an AllergyIntolerance to naltrexone (RxNorm ingredient or name).
 * Only a current record counts (clinicalStatus active or absent, not refuted or entered in error). Other
 * allergies are listed as unmapped; "no known allergies" is not read as "no" for naltrexone.
 */
import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { codingsOf } from '../mapping/code-systems.js';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { sourceOf } from '../mapping/source-of.js';
import { unmappedCodes } from '../mapping/unmapped.js';
import { classifyMedication } from './classify-medication.js';

const DISCOUNTED: ReadonlySet<string> = new Set(['refuted', 'entered-in-error']);

function isCurrent(allergy: AllergyIntolerance): boolean {
  if (codingsOf(allergy.verificationStatus).some((c) => c.code !== undefined && DISCOUNTED.has(c.code))) return false;
  const clinical = codingsOf(allergy.clinicalStatus)[0]?.code;
  return clinical === undefined || clinical === 'active';
}

/** Maps every AllergyIntolerance. */
export function mapAllergies(allergies: readonly AllergyIntolerance[]): MappingPart {
  const part = emptyPart();
  for (const allergy of allergies) {
    const found = classifyMedication(allergy.code, 'code');
    if (!found?.groups.has('naltrexone')) {
      part.unmapped.push(...unmappedCodes(allergy, allergy.code));
      continue;
    }
    if (isCurrent(allergy)) part.candidates.push({ fact: 'naltrexoneHypersensitivity', value: 'yes', source: sourceOf(allergy, found.path) });
  }
  return part;
}
