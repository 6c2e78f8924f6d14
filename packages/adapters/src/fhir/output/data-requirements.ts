/**
 * What data would let a missing fact be answered, as FHIR DataRequirements: the resources and codes this
 * package maps to that fact, and always the Questionnaire item whose linkId is the fact.
 */
import type { Coding, DataRequirement } from '@medplum/fhirtypes';
import { CANONICAL } from '../canonical.js';
import { ICD10_PREFIXES, SNOMED_CONDITIONS } from '../conditions/condition-codes.js';
import { SYSTEMS } from '../mapping/code-systems.js';
import { DRUG_SCREEN_CODES } from '../observations/drug-screen-codes.js';
import { LIVER_LABS } from '../observations/liver-lab-codes.js';
import { PREGNANCY_STATUS_LOINC, PREGNANCY_TEST_LOINC } from '../observations/pregnancy-observation-codes.js';

const loinc = (entries: Iterable<[string, string]>): Coding[] => [...entries].map(([code, display]) => ({ system: SYSTEMS.loinc, code, display }));

function conditionCodes(fact: string): Coding[] {
  return [
    ...[...SNOMED_CONDITIONS].filter(([, c]) => c.fact === fact).map(([code, c]) => ({ system: SYSTEMS.snomed, code, display: c.display })),
    ...ICD10_PREFIXES.filter((p) => p.fact === fact).map((p) => ({ system: SYSTEMS.icd10cm, code: p.prefix, display: p.display })),
  ];
}

/** Requirements on resources other than the Questionnaire, per fact. */
function resourceRequirements(fact: string): Omit<DataRequirement, 'id'>[] {
  const lab = LIVER_LABS.find((l) => l.fact === fact);
  if (lab) return [{ type: 'Observation', codeFilter: [{ path: 'code', code: loinc(lab.loinc) }] }];
  switch (fact) {
    case 'ageYears':
      return [{ type: 'Patient', mustSupport: ['birthDate'] }];
    case 'urineOpioidScreen':
      return [{ type: 'Observation', codeFilter: [{ path: 'code', code: loinc([...DRUG_SCREEN_CODES].map(([code, s]) => [code, s.display])) }] }];
    case 'pregnancyStatus':
      return [
        { type: 'Observation', codeFilter: [{ path: 'code', code: loinc([[PREGNANCY_STATUS_LOINC, 'Pregnancy status'], ...PREGNANCY_TEST_LOINC]) }] },
        { type: 'Condition', codeFilter: [{ path: 'code', code: conditionCodes(fact) }] },
      ];
    case 'acuteHepatitis':
    case 'liverFailure':
      return [{ type: 'Condition', codeFilter: [{ path: 'code', code: conditionCodes(fact) }] }];
    case 'currentOpioidAgonistTreatment':
    case 'currentOrAnticipatedOpioidAnalgesicNeed':
    case 'onNaltrexone':
      return [{ type: 'MedicationStatement' }, { type: 'MedicationRequest' }];
    case 'naltrexoneHypersensitivity':
      return [{ type: 'AllergyIntolerance' }];
    default:
      return [];
  }
}

/** The requirements for one missing fact; each has `id` = the fact name (dots kept). */
export function dataRequirementsFor(fact: string): DataRequirement[] {
  return [
    ...resourceRequirements(fact).map((r) => ({ id: fact, ...r })),
    { id: fact, type: 'QuestionnaireResponse', profile: [CANONICAL.questionnaire], mustSupport: [`item.where(linkId='${fact}')`] },
  ];
}
