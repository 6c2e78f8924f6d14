/** Builds the {@link FhirSource} that records where a value came from. */
import type { Resource } from '@medplum/fhirtypes';
import type { FhirSource } from './mapping-types.js';

/** The source record for `resource`, optionally naming the element read. */
export function sourceOf(resource: Resource, path?: string): FhirSource {
  const id = resource.id ?? '';
  return { resourceType: resource.resourceType, id, reference: `${resource.resourceType}/${id}`, ...(path !== undefined && { path }) };
}
