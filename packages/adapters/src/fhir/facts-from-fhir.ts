/**
 * `factsFromFhir`: FHIR R4 resources to the facts vocabulary of @recovery-rules/core. Pure and synchronous:
 * no I/O, no clock. Every fact set records its sources; stale, conflicting, invalid and unmapped data is
 * reported and never turned into a reassuring value.
 */
import type { AllergyIntolerance, Condition, MedicationRequest, MedicationStatement, Observation, Patient, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { parseFacts } from '@recovery-rules/core';
import { assembleFacts } from './mapping/assemble-facts.js';
import { collectResources } from './mapping/collect-resources.js';
import { mergeParts, type MappingPart } from './mapping/fact-candidate.js';
import { instantOf } from './mapping/fhir-time.js';
import { mapPatients } from './mapping/map-patient.js';
import { scopeToPatient } from './mapping/patient-scope.js';
import type { FhirInput, FhirMapping, FhirMappingOptions } from './mapping/mapping-types.js';
import { resolveCandidates } from './mapping/resolve-candidates.js';
import { unsupportedResources } from './mapping/unsupported-resources.js';
import { mapConditions } from './conditions/map-conditions.js';
import { mapAllergies } from './medications/map-allergies.js';
import { mapMedications } from './medications/map-medications.js';
import { mapObservations } from './observations/map-observations.js';
import { mapQuestionnaireResponses } from './questionnaire/map-questionnaire-responses.js';

/** Default age limits (policy, SPEC §7 style: each needs clinician sign-off). */
export const FHIR_MAPPING_DEFAULTS = {
  maxLabAgeDays: 30,
  maxDrugScreenAgeDays: 3,
  maxPregnancyObservationAgeDays: 7,
  maxSelfReportAgeHours: 24,
} as const;

function ofType<T extends Resource>(resources: readonly Resource[], type: T['resourceType']): T[] {
  return resources.filter((r): r is T => r.resourceType === type);
}

function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`factsFromFhir: ${name} must be a positive number, got ${value}`);
  return value;
}

/**
 * Maps FHIR R4 data to a facts object for @recovery-rules/core. Pure, synchronous, no I/O.
 * @param input - a Bundle (searchset, collection, ...), one resource, or a list of resources.
 * @param options - `evaluatedAt` (required) and the age limits; see {@link FhirMappingOptions}.
 * @returns the facts (always accepted by core's `parseFacts`), their provenance, the problems found and the
 *   codes that were not mapped.
 * @throws {@link FactsValidationError} when `evaluatedAt` or `timeZone` is invalid; RangeError for a bad limit
 *   or a `subject` that is not a Patient reference.
 */
export function factsFromFhir(input: FhirInput, options: FhirMappingOptions): FhirMapping {
  const context: Record<string, unknown> = { evaluatedAt: options.evaluatedAt, ...(options.timeZone !== undefined && { userTimeZone: options.timeZone }) };
  parseFacts(context);
  const evaluatedAtMs = instantOf(options.evaluatedAt);
  if (evaluatedAtMs === undefined) throw new RangeError(`factsFromFhir: evaluatedAt "${options.evaluatedAt}" must be a full date-time with an offset`);
  const limits = {
    evaluatedAtMs,
    maxLabAgeDays: positiveOption('maxLabAgeDays', options.maxLabAgeDays, FHIR_MAPPING_DEFAULTS.maxLabAgeDays),
    maxDrugScreenAgeDays: positiveOption('maxDrugScreenAgeDays', options.maxDrugScreenAgeDays, FHIR_MAPPING_DEFAULTS.maxDrugScreenAgeDays),
    maxPregnancyObservationAgeDays: positiveOption(
      'maxPregnancyObservationAgeDays',
      options.maxPregnancyObservationAgeDays,
      FHIR_MAPPING_DEFAULTS.maxPregnancyObservationAgeDays,
    ),
    maxSelfReportAgeHours: positiveOption('maxSelfReportAgeHours', options.maxSelfReportAgeHours, FHIR_MAPPING_DEFAULTS.maxSelfReportAgeHours),
  };
  const scoped = scopeToPatient(collectResources(input), options.subject);
  const resources = scoped.kept;
  const parts: MappingPart[] = [
    mapPatients(ofType<Patient>(resources, 'Patient'), options.evaluatedAt),
    mapObservations(ofType<Observation>(resources, 'Observation'), limits),
    mapConditions(ofType<Condition>(resources, 'Condition'), evaluatedAtMs),
    mapMedications(
      [...ofType<MedicationStatement>(resources, 'MedicationStatement'), ...ofType<MedicationRequest>(resources, 'MedicationRequest')],
      resources,
      evaluatedAtMs,
    ),
    mapAllergies(ofType<AllergyIntolerance>(resources, 'AllergyIntolerance')),
    mapQuestionnaireResponses(ofType<QuestionnaireResponse>(resources, 'QuestionnaireResponse'), evaluatedAtMs, limits.maxSelfReportAgeHours),
  ];
  const merged = mergeParts(parts);
  const resolved = resolveCandidates(merged.candidates);
  const assembled = assembleFacts(resolved.values, resolved.provenance, context);
  return {
    facts: assembled.facts,
    provenance: resolved.provenance,
    problems: [...scoped.problems, ...merged.problems, ...resolved.conflicts, ...assembled.problems],
    unmapped: [...merged.unmapped, ...unsupportedResources(resources)],
  };
}
