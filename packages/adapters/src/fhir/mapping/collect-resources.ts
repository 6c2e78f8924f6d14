/** Flattens the accepted inputs (Bundle, resource, list) into one list of resources. */
import type { Resource } from '@medplum/fhirtypes';
import type { FhirInput } from './mapping-types.js';

/**
 * Every resource in `input`: the entries of a Bundle (and of Bundles nested in it), or the resources of a list.
 * Entries without a resource (e.g. a transaction-response entry) are skipped; they carry no clinical data.
 */
export function collectResources(input: FhirInput): Resource[] {
  const out: Resource[] = [];
  const visit = (resource: Resource): void => {
    if (resource.resourceType === 'Bundle') {
      for (const entry of resource.entry ?? []) if (entry.resource) visit(entry.resource);
    } else {
      out.push(resource);
    }
  };
  if (Array.isArray(input)) for (const resource of input as readonly Resource[]) visit(resource);
  else visit(input as Resource);
  return out;
}
