/** Routes each Observation by its LOINC code to the mapper for that kind of result. */
import type { Observation } from '@medplum/fhirtypes';
import { SYSTEMS, findCoding } from '../mapping/code-systems.js';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { unmappedCodes } from '../mapping/unmapped.js';
import { LIVER_LABS } from './liver-lab-codes.js';
import { mapLiverLab } from './map-liver-lab.js';

/** Age limits for Observations, in days. */
export interface ObservationLimits {
  readonly evaluatedAtMs: number;
  readonly maxLabAgeDays: number;
  readonly maxPregnancyObservationAgeDays: number;
}

/** Maps every Observation; those with no recognised code are listed as unmapped. */
export function mapObservations(observations: readonly Observation[], limits: ObservationLimits): MappingPart {
  const part = emptyPart();
  for (const observation of observations) {
    const lab = LIVER_LABS.find((l) => findCoding(observation.code, SYSTEMS.loinc, new Set(l.loinc.keys())));
    if (lab) mapLiverLab(observation, lab, limits.evaluatedAtMs, limits.maxLabAgeDays, part);
    else part.unmapped.push(...unmappedCodes(observation, observation.code));
  }
  return part;
}
