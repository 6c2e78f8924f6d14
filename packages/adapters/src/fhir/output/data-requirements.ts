/**
 * What data would let a missing fact be answered, as FHIR DataRequirements: the Observation codes that map to
 * it when there are any, and always the Questionnaire item whose linkId is the fact.
 */
import type { DataRequirement } from '@medplum/fhirtypes';
import { CANONICAL } from '../canonical.js';
import { SYSTEMS } from '../mapping/code-systems.js';
import { LIVER_LABS } from '../observations/liver-lab-codes.js';

function observationCodes(fact: string): ReadonlyMap<string, string> | undefined {
  return LIVER_LABS.find((lab) => lab.fact === fact)?.loinc;
}

/** The requirements for one missing fact; each has `id` = the fact name (dots kept). */
export function dataRequirementsFor(fact: string): DataRequirement[] {
  const requirements: DataRequirement[] = [];
  const codes = observationCodes(fact);
  if (codes) {
    requirements.push({
      id: fact,
      type: 'Observation',
      codeFilter: [{ path: 'code', code: [...codes].map(([code, display]) => ({ system: SYSTEMS.loinc, code, display })) }],
    });
  }
  requirements.push({ id: fact, type: 'QuestionnaireResponse', profile: [CANONICAL.questionnaire], mustSupport: [`item.where(linkId='${fact}')`] });
  return requirements;
}
