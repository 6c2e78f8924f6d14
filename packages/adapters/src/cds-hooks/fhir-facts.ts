/**
 * The FHIR-to-facts mapping this adapter consumes, as a type: the `factsFromFhir` of `./fhir` fits it. Taking
 * it as a parameter keeps the CDS Hooks code independent of how the mapping is built.
 */

/** The minimum this adapter reads of a FHIR resource. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly [key: string]: unknown;
}

/** A problem the mapping found in the FHIR data (stale lab, conflicting values, invalid value). */
export interface FhirFactProblem {
  readonly kind: 'stale' | 'conflict' | 'invalid' | 'incomplete';
  readonly fact?: string;
  readonly message: string;
}

/** What the mapping returns that this adapter uses. */
export interface FhirFactsOutcome {
  /** Facts ready for core's `assessSync`, including `evaluatedAt`. */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly problems: readonly FhirFactProblem[];
}

/** Turns FHIR resources about `subject` (`Patient/<id>`, the hook's patient) into facts as of `evaluatedAt`. */
export type FhirFactsMapper = (resources: readonly FhirResource[], options: { evaluatedAt: string; subject: string }) => FhirFactsOutcome;
