/**
 * The public shapes of the FHIR-to-facts mapping: what goes in, what comes out, and how every fact is traced
 * back to the resource it came from.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';

/** A Bundle, a single resource, or a list of resources (for example a CDS Hooks prefetch, flattened). */
export type FhirInput = Bundle | Resource | readonly Resource[];

/** Options for {@link factsFromFhir}. */
export interface FhirMappingOptions {
  /** The moment of evaluation, RFC 3339 with an offset. Required: the mapping never reads the clock. */
  readonly evaluatedAt: string;
  /** A lab result older than this many days before `evaluatedAt` is stale and not used. Default 30. */
  readonly maxLabAgeDays?: number;
  /** A urine drug test older than this many days is stale (urine shows recent use only). Default 3. */
  readonly maxDrugScreenAgeDays?: number;
  /** A pregnancy test or pregnancy-status Observation older than this many days is stale. Default 7. */
  readonly maxPregnancyObservationAgeDays?: number;
  /** Self-reported answers (QuestionnaireResponse.authored) older than this many hours are stale. Default 24. */
  readonly maxSelfReportAgeHours?: number;
  /**
   * The patient the facts are about, e.g. `Patient/123`. Resources about another patient are then left out and
   * reported. Without it, input that names more than one patient is not mapped at all.
   */
  readonly subject?: string;
  /** IANA time-zone name; passed through as the `userTimeZone` fact. */
  readonly timeZone?: string;
}

/** Where one mapped value came from. */
export interface FhirSource {
  readonly resourceType: string;
  /** The resource's id ('' when it has none). */
  readonly id: string;
  /** `ResourceType/id`, the form FHIR references take. */
  readonly reference: string;
  /** The element the value was read from, e.g. `valueQuantity` or `item[linkId=ageYears].answer[0]`. */
  readonly path?: string;
}

/** Why a problem was reported. */
export type FhirProblemKind =
  /** Older than the configured age limit: the value was not used. */
  | 'stale'
  /** Two usable values disagree: the fact is left unknown. */
  | 'conflict'
  /** The resource cannot be read safely (future date, missing range, unit mismatch, bad answer type...). */
  | 'invalid'
  /** The data is readable but does not establish the fact (e.g. a drug screen that misses fentanyl). */
  | 'incomplete';

/**
 * Something the mapping could not turn into a fact. Whenever a value was withheld because of a problem, the
 * fact is absent from `facts` unless another, usable source supplied it (a stale ALT next to a current one).
 * A `conflict` always leaves the fact absent.
 */
export interface FhirProblem {
  readonly kind: FhirProblemKind;
  /** The fact (dotted for members, e.g. `relapseSigns.isolating`) the problem affects, when there is one. */
  readonly fact?: string;
  readonly message: string;
  readonly sources: readonly FhirSource[];
}

/** A coded element the mapping does not recognise, listed so that nothing is dropped silently. */
export interface UnmappedCode {
  readonly resourceType: string;
  readonly id: string;
  /** The code system ('' when the coding has none; the Questionnaire's url for unknown linkIds). */
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/** The result of {@link factsFromFhir}. */
export interface FhirMapping {
  /** Facts ready for core's `parseFacts`, `evaluate` or `assess`; includes `evaluatedAt` (and `userTimeZone`). */
  readonly facts: Record<string, unknown>;
  /** For each fact set in `facts` (dotted for object members), every resource that supplied it. */
  readonly provenance: Record<string, FhirSource[]>;
  readonly problems: FhirProblem[];
  readonly unmapped: UnmappedCode[];
}
