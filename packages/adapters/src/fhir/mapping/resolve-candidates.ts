/**
 * Turns candidates into facts. One distinct value: the fact is set, with every source that gave it. Several
 * distinct values: a conflict, and the fact stays unknown; the mapping never picks the reassuring one (nor
 * the latest, which may be the reassuring one).
 */
import { ANSWERED_UNKNOWN, type FactCandidate } from './fact-candidate.js';
import type { FhirProblem, FhirSource } from './mapping-types.js';

/** Facts that are lists: every candidate contributes one entry instead of competing. */
const LIST_FACTS: ReadonlySet<string> = new Set(['opioidExposures']);

/** Flat (dotted) facts, their sources, and the conflicts found. */
export interface ResolvedCandidates {
  readonly values: Map<string, unknown>;
  readonly provenance: Record<string, FhirSource[]>;
  readonly conflicts: FhirProblem[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

function describe(value: unknown): string {
  if (value === ANSWERED_UNKNOWN) return '"unknown"';
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/** Groups candidates by fact and resolves each group. */
export function resolveCandidates(candidates: readonly FactCandidate[]): ResolvedCandidates {
  const byFact = new Map<string, FactCandidate[]>();
  for (const candidate of candidates) byFact.set(candidate.fact, [...(byFact.get(candidate.fact) ?? []), candidate]);
  const values = new Map<string, unknown>();
  const provenance: Record<string, FhirSource[]> = {};
  const conflicts: FhirProblem[] = [];
  for (const [fact, group] of byFact) {
    const sources = group.map((c) => c.source);
    if (LIST_FACTS.has(fact)) {
      const known = group.filter((c) => c.value !== ANSWERED_UNKNOWN);
      if (known.length > 0) {
        values.set(fact, known.map((c) => c.value));
        provenance[fact] = known.map((c) => c.source);
      }
      continue;
    }
    if (group.some((c) => c.value === ANSWERED_UNKNOWN)) {
      // Only "unknown" answers: the fact is simply unknown. Beside a value: that value may be out of date.
      if (group.some((c) => c.value !== ANSWERED_UNKNOWN)) {
        const listed = group.map((c) => `${describe(c.value)} from ${c.source.reference}`).join(', ');
        conflicts.push({ kind: 'conflict', fact, message: `${fact} is left unknown because a source answered "unknown": ${listed}.`, sources });
      }
      continue;
    }
    const distinct: unknown[] = [];
    for (const { value } of group) if (!distinct.some((d) => sameValue(d, value))) distinct.push(value);
    if (distinct.length === 1) {
      values.set(fact, distinct[0]);
      provenance[fact] = sources;
    } else {
      const listed = group.map((c) => `${describe(c.value)} from ${c.source.reference}`).join(', ');
      conflicts.push({ kind: 'conflict', fact, message: `${fact} is left unknown because sources disagree: ${listed}.`, sources });
    }
  }
  return { values, provenance, conflicts };
}
