/**
 * Keeps data about different people apart. Every resource names its patient (Patient.id, subject, patient);
 * with `subject` given, resources about anyone else are set aside and reported. Without it, data that names
 * more than one patient is not mapped at all: facts mixed from two people could look complete and be wrong.
 */
import type { Reference, Resource } from '@medplum/fhirtypes';
import type { FhirProblem } from './mapping-types.js';
import { sourceOf } from './source-of.js';

/** `Patient/<id>` for a relative or absolute reference to a Patient; undefined for anything else. */
function patientKey(reference: string | undefined): string | undefined {
  const match = reference === undefined ? null : /(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
  return match ? `Patient/${match[1]}` : undefined;
}

/** The patient a resource is about, when it says so in a form we can compare. */
export function patientOf(resource: Resource): string | undefined {
  if (resource.resourceType === 'Patient') return resource.id === undefined ? undefined : `Patient/${resource.id}`;
  const r = resource as { subject?: Reference; patient?: Reference };
  return patientKey(r.subject?.reference ?? r.patient?.reference);
}

/** The resources to map and the problems found; `mixed` when several patients appear and none was chosen. */
export function scopeToPatient(resources: readonly Resource[], subject: string | undefined): { kept: Resource[]; problems: FhirProblem[]; mixed: boolean } {
  const wanted = subject === undefined ? undefined : patientKey(subject);
  if (subject !== undefined && wanted === undefined) throw new RangeError(`factsFromFhir: subject "${subject}" is not a Patient reference such as "Patient/123"`);
  if (wanted !== undefined) {
    const problems: FhirProblem[] = [];
    const kept = resources.filter((resource) => {
      const about = patientOf(resource);
      if (about === undefined || about === wanted) return true;
      const source = sourceOf(resource);
      problems.push({ kind: 'invalid', message: `${source.reference} is about ${about}, not ${wanted}; not used.`, sources: [source] });
      return false;
    });
    return { kept, problems, mixed: false };
  }
  const patients = [...new Set(resources.map(patientOf).filter((p): p is string => p !== undefined))];
  if (patients.length <= 1) return { kept: [...resources], problems: [], mixed: false };
  return {
    kept: [],
    mixed: true,
    problems: [{ kind: 'conflict', message: `The data is about ${patients.length} patients (${patients.join(', ')}); nothing was mapped. Pass the subject option to choose one.`, sources: [] }],
  };
}
