/** Lists the codings of a concept nobody recognised, so that unmapped data is visible to the caller. */
import type { CodeableConcept, Resource } from '@medplum/fhirtypes';
import type { UnmappedCode } from './mapping-types.js';

/** One entry per coding of `concept` (or one for its text when it has no coding). */
export function unmappedCodes(resource: Resource, concept: CodeableConcept | undefined): UnmappedCode[] {
  const id = resource.id ?? '';
  const codings = concept?.coding ?? [];
  if (codings.length === 0) {
    return [{ resourceType: resource.resourceType, id, system: '', code: '', ...(concept?.text !== undefined && { display: concept.text }) }];
  }
  return codings.map((c) => ({
    resourceType: resource.resourceType,
    id,
    system: c.system ?? '',
    code: c.code ?? '',
    ...(c.display !== undefined && { display: c.display }),
  }));
}
