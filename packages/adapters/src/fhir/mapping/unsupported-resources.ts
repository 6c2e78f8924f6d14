/**
 * Resources of a type the mapping does not read are listed as unmapped (with their main code when they have
 * one), so that a caller can see that, say, a Procedure or an Encounter was present but not used.
 */
import type { CodeableConcept, Resource } from '@medplum/fhirtypes';
import type { UnmappedCode } from './mapping-types.js';
import { unmappedCodes } from './unmapped.js';

/** Resource types that `factsFromFhir` reads (Medication is read through the references to it). */
export const READ_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'Patient',
  'Observation',
  'Condition',
  'MedicationStatement',
  'MedicationRequest',
  'Medication',
  'AllergyIntolerance',
  'QuestionnaireResponse',
  'Questionnaire',
]);

/** One or more unmapped entries for each resource of a type not in {@link READ_RESOURCE_TYPES}. */
export function unsupportedResources(resources: readonly Resource[]): UnmappedCode[] {
  return resources
    .filter((r) => !READ_RESOURCE_TYPES.has(r.resourceType))
    .flatMap((r) => {
      const code = (r as { code?: CodeableConcept }).code;
      const entries = code && typeof code === 'object' && !Array.isArray(code) ? unmappedCodes(r, code) : [];
      return entries.length > 0 && (entries[0]?.code || entries[0]?.display)
        ? entries
        : [{ resourceType: r.resourceType, id: r.id ?? '', system: '', code: '', display: `${r.resourceType} is not read by the FHIR mapping` }];
    });
}
