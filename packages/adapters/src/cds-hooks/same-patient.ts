/**
 * Guards against assessing one patient with another patient's data: every prefetched resource that names a
 * patient must name the patient in the hook's context. A mismatch is refused, not filtered, because it means
 * the client assembled the request wrongly and anything else in it is suspect too.
 */
import type { RequestIssue } from './errors.js';
import type { FhirResource } from './fhir-facts.js';

function referencedPatient(resource: FhirResource): string | undefined {
  for (const key of ['subject', 'patient'] as const) {
    const reference = (resource[key] as { reference?: unknown } | undefined)?.reference;
    if (typeof reference === 'string' && reference.startsWith('Patient/')) return reference.slice('Patient/'.length);
  }
  return undefined;
}

/** One issue per resource that belongs to a patient other than `patientId`. */
export function otherPatientIssues(resources: readonly FhirResource[], patientId: string): RequestIssue[] {
  const wanted = patientId.startsWith('Patient/') ? patientId.slice('Patient/'.length) : patientId;
  return resources.flatMap((resource) => {
    const id = resource.resourceType === 'Patient' ? resource.id : referencedPatient(resource);
    if (id === undefined || id === wanted) return [];
    const name = `${resource.resourceType}/${resource.id ?? '(no id)'}`;
    return [{ path: 'prefetch', message: `${name} belongs to Patient/${id}, not to context.patientId ${wanted}` }];
  });
}
