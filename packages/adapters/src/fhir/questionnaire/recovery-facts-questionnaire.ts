/**
 * The FHIR R4 Questionnaire whose answers `factsFromFhir` reads. The same resource is shipped as
 * `fhir/questionnaire-recovery-facts.json` in this package (a test keeps the two identical).
 */
import type { Questionnaire } from '@medplum/fhirtypes';
import { CANONICAL } from '../canonical.js';
import { factItems } from './fact-items.js';

/** The version of the Questionnaire; bump it when items change. */
export const QUESTIONNAIRE_VERSION = '0.1.0';

/** The Questionnaire defining one item per fact, linkId = fact name. */
export function recoveryFactsQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'recovery-facts',
    url: CANONICAL.questionnaire,
    version: QUESTIONNAIRE_VERSION,
    name: 'RecoveryFacts',
    title: 'recovery-rules facts',
    status: 'draft',
    experimental: true,
    subjectType: ['Patient'],
    description:
      'One item per fact of the recovery-rules vocabulary (SPEC §1); each linkId is the fact name. Every answer is optional: an unanswered item, or the answer "unknown", leaves the fact unknown, which never produces a reassuring result. Not clinically validated; see docs/fhir.md.',
    item: factItems(),
  };
}
