/** The intermediate form between FHIR resources and facts: a value proposed by one source. */
import type { FhirProblem, FhirSource, UnmappedCode } from './mapping-types.js';

/**
 * The value a source proposes when it explicitly answered "unknown": it sets no fact, but no other
 * source's value may stand beside it (an older "no" must not outlive a newer "I don't know").
 */
export const ANSWERED_UNKNOWN: unique symbol = Symbol('answered unknown');

/** One source's proposal for one fact. */
export interface FactCandidate {
  /** The fact name, dotted for a member of an object fact (e.g. `relapseSigns.isolating`). */
  readonly fact: string;
  readonly value: unknown;
  readonly source: FhirSource;
}

/** What one mapper produced from the resources it reads. */
export interface MappingPart {
  readonly candidates: FactCandidate[];
  readonly problems: FhirProblem[];
  readonly unmapped: UnmappedCode[];
}

/** An empty {@link MappingPart} to fill. */
export function emptyPart(): MappingPart {
  return { candidates: [], problems: [], unmapped: [] };
}

/** Concatenates parts in order. */
export function mergeParts(parts: readonly MappingPart[]): MappingPart {
  const merged = emptyPart();
  for (const part of parts) {
    merged.candidates.push(...part.candidates);
    merged.problems.push(...part.problems);
    merged.unmapped.push(...part.unmapped);
  }
  return merged;
}
