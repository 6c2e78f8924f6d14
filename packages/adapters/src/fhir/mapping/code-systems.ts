/** Canonical URIs of the code systems the mapping reads, and helpers to match codings against them. */
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

/** Code-system URIs as FHIR R4 names them. */
export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  referenceRangeMeaning: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning',
} as const;

/** The codings of a concept (none when it is absent). */
export function codingsOf(concept: CodeableConcept | undefined): readonly Coding[] {
  return concept?.coding ?? [];
}

/** The first coding of `concept` in `system` whose code is in `codes`. */
export function findCoding(concept: CodeableConcept | undefined, system: string, codes: ReadonlySet<string>): Coding | undefined {
  return codingsOf(concept).find((c) => c.system === system && c.code !== undefined && codes.has(c.code));
}

/** True when any coding of `concept` has `system` and `code`. */
export function hasCoding(concept: CodeableConcept | undefined, system: string, code: string): boolean {
  return codingsOf(concept).some((c) => c.system === system && c.code === code);
}
