/** Routes each Observation by its LOINC code to the mapper for that kind of result. */
import type { Observation } from '@medplum/fhirtypes';
import { SYSTEMS, findCoding, hasCoding } from '../mapping/code-systems.js';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { unmappedCodes } from '../mapping/unmapped.js';
import { DRUG_SCREEN_CODES } from './drug-screen-codes.js';
import { LIVER_LABS } from './liver-lab-codes.js';
import { mapDrugScreens, type ScreenObservation } from './map-drug-screens.js';
import { mapLiverLab } from './map-liver-lab.js';
import { mapPregnancyObservation } from './map-pregnancy-observation.js';
import { observationParts } from './observation-parts.js';
import { PREGNANCY_STATUS_LOINC, PREGNANCY_TEST_LOINC } from './pregnancy-observation-codes.js';

/** The evaluation instant and the age limits (days) for each kind of Observation. */
export interface ObservationLimits {
  readonly evaluatedAtMs: number;
  readonly maxLabAgeDays: number;
  readonly maxDrugScreenAgeDays: number;
  readonly maxPregnancyObservationAgeDays: number;
}

const SCREEN_CODES: ReadonlySet<string> = new Set(DRUG_SCREEN_CODES.keys());
const PREGNANCY_TEST_CODES: ReadonlySet<string> = new Set(PREGNANCY_TEST_LOINC.keys());

/** Maps every Observation; those with no recognised code are listed as unmapped. */
export function mapObservations(observations: readonly Observation[], limits: ObservationLimits): MappingPart {
  const part = emptyPart();
  const screens: ScreenObservation[] = [];
  for (const observation of observations.flatMap(observationParts)) {
    const lab = LIVER_LABS.find((l) => findCoding(observation.code, SYSTEMS.loinc, new Set(l.loinc.keys())));
    const screenCode = findCoding(observation.code, SYSTEMS.loinc, SCREEN_CODES)?.code;
    const screen = screenCode === undefined ? undefined : DRUG_SCREEN_CODES.get(screenCode);
    if (lab) mapLiverLab(observation, lab, limits.evaluatedAtMs, limits.maxLabAgeDays, part);
    else if (screen) screens.push({ observation, screenClass: screen.screenClass });
    else if (hasCoding(observation.code, SYSTEMS.loinc, PREGNANCY_STATUS_LOINC)) {
      mapPregnancyObservation(observation, 'status', limits.evaluatedAtMs, limits.maxPregnancyObservationAgeDays, part);
    } else if (findCoding(observation.code, SYSTEMS.loinc, PREGNANCY_TEST_CODES)) {
      mapPregnancyObservation(observation, 'test', limits.evaluatedAtMs, limits.maxPregnancyObservationAgeDays, part);
    } else part.unmapped.push(...unmappedCodes(observation, observation.code));
  }
  mapDrugScreens(screens, limits.evaluatedAtMs, limits.maxDrugScreenAgeDays, part);
  return part;
}
