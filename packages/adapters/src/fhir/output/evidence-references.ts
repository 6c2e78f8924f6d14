/**
 * The source resources behind a result: for every rule that fired, the facts its true leaves read, looked up
 * in the mapping's provenance. A derived fact (e.g. days since last use) stands for the input facts core
 * computes it from; one derived from another rule set's outcome has no inputs of its own and adds nothing.
 */
import type { Reference } from '@medplum/fhirtypes';
import { DERIVED_FACTS, type ConditionTrace, type EvaluationResult, type RuleTrace } from '@recovery-rules/core';

const DERIVED_INPUTS = DERIVED_FACTS as Readonly<Record<string, { readonly inputs: readonly string[] }>>;
import type { FhirMapping } from '../mapping/mapping-types.js';

function trueLeafFacts(trace: ConditionTrace | undefined, out: Set<string>): void {
  if (trace === undefined || trace.truth !== 'true') return;
  switch (trace.kind) {
    case 'leaf':
      if (Object.hasOwn(DERIVED_INPUTS, trace.fact)) for (const input of DERIVED_INPUTS[trace.fact]?.inputs ?? []) out.add(input);
      else out.add(trace.path === undefined ? trace.fact : `${trace.fact}.${trace.path.replace(/^\$\./, '')}`);
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

/**
 * References (deduplicated, in order) to the resources that supplied facts behind the fired rules that
 * `include` accepts (default: every fired rule). A fact names its members too (`cowsItems` → `cowsItems.*`).
 */
export function evidenceReferences(
  result: EvaluationResult,
  mapping: FhirMapping | undefined,
  include: (rule: RuleTrace) => boolean = () => true,
): Reference[] {
  if (!mapping) return [];
  const facts = new Set<string>();
  for (const rule of result.rules) if (rule.status === 'fired' && include(rule)) trueLeafFacts(rule.conditions, facts);
  const seen = new Set<string>();
  const references: Reference[] = [];
  const keys = Object.keys(mapping.provenance);
  for (const fact of facts) {
    const sources = keys.filter((key) => key === fact || key.startsWith(`${fact}.`)).flatMap((key) => mapping.provenance[key] ?? []);
    for (const source of sources) {
      if (seen.has(source.reference)) continue;
      seen.add(source.reference);
      references.push({ reference: source.reference });
    }
  }
  return references;
}
