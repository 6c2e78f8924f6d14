/**
 * @recovery-rules/adapters/fhir: FHIR R4 in (resources to facts, with provenance, staleness and conflict
 * reporting) and FHIR R4 out (GuidanceResponse, DetectedIssue, RiskAssessment). Pure and synchronous.
 * @packageDocumentation
 */
export { factsFromFhir, FHIR_MAPPING_DEFAULTS } from './facts-from-fhir.js';
export type {
  FhirInput,
  FhirMapping,
  FhirMappingOptions,
  FhirProblem,
  FhirProblemKind,
  FhirSource,
  UnmappedCode,
} from './mapping/mapping-types.js';
export { guidanceResponseFor, type GuidanceOptions } from './output/guidance-response.js';
export { guidanceBundleFor } from './output/guidance-bundle.js';
export { recoveryFactsQuestionnaire, QUESTIONNAIRE_VERSION } from './questionnaire/recovery-facts-questionnaire.js';
export { CANONICAL, FHIR_CANONICAL_BASE } from './canonical.js';
