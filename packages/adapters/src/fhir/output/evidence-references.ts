/**
 * The source resources behind a result: for every rule that fired, the facts its true leaves read, looked up
 * in the mapping's provenance. Derived facts (e.g. hours since last use) have no provenance of their own and
 * are skipped.
 */
import type { Reference } from '@medplum/fhirtypes';
import type { ConditionTrace, EvaluationResult } from '@recovery-rules/core';
import type { FhirMapping } from '../mapping/mapping-types.js';

function trueLeafFacts(trace: ConditionTrace | undefined, out: Set<string>): void {
  if (trace === undefined || trace.truth !== 'true') return;
  switch (trace.kind) {
    case 'leaf':
      out.add(trace.path === undefined ? trace.fact : `${trace.fact}.${trace.path.replace(/^\$\./, '')}`);
      out.add(trace.fact);
      return;
    case 'all':
    case 'any':
      for (const child of trace.children) trueLeafFacts(child, out);
      return;
    case 'not':
      return; // a true `not` rests on facts being false; those are not evidence for the finding
    case 'condition':
      trueLeafFacts(trace.child, out);
  }
}

/** References (deduplicated, in order) to the resources that supplied facts behind the fired rules. */
export function evidenceReferences(result: EvaluationResult, mapping: FhirMapping | undefined): Reference[] {
  if (!mapping) return [];
  const facts = new Set<string>();
  for (const rule of result.rules) if (rule.status === 'fired') trueLeafFacts(rule.conditions, facts);
  const seen = new Set<string>();
  const references: Reference[] = [];
  for (const fact of facts) {
    for (const source of mapping.provenance[fact] ?? []) {
      if (seen.has(source.reference)) continue;
      seen.add(source.reference);
      references.push({ reference: source.reference });
    }
  }
  return references;
}
