/**
 * Guards against assessing one patient with another patient's data: every prefetched resource that names a
 * patient must name the patient in the hook's context. A mismatch is refused, not filtered, because it means
 * the client assembled the request wrongly and anything else in it is suspect too.
 */
import type { Resource } from '@medplum/fhirtypes';
import { patientOf } from '../fhir/mapping/patient-scope.js';
import type { RequestIssue } from './errors.js';
import type { FhirResource } from './fhir-facts.js';

/** One issue per resource that belongs to a patient other than `patientId`. */
export function otherPatientIssues(resources: readonly FhirResource[], patientId: string): RequestIssue[] {
  const wanted = patientId.startsWith('Patient/') ? patientId : `Patient/${patientId}`;
  return resources.flatMap((resource) => {
    // The mapping's own reader: relative and absolute references (https://ehr/fhir/Patient/1) alike.
    const about = patientOf(resource as unknown as Resource);
    if (about === undefined || about === wanted) return [];
    const name = `${resource.resourceType}/${resource.id ?? '(no id)'}`;
    return [{ path: 'prefetch', message: `${name} belongs to ${about}, not to context.patientId ${wanted.slice('Patient/'.length)}` }];
  });
}
