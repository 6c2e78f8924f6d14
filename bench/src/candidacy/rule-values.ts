/**
 * The values a rule set's conditions read, taken from an SDK result's trace: every leaf records the fact
 * (and member path) it read and the value it saw, after the core derived facts such as
 * `waitingPeriodStatus`. Raw engines are given exactly these values, so they evaluate the same logic on
 * the same inputs and only the evaluation itself is compared.
 */
import type { ConditionTrace, EvaluationResult } from '@recovery-rules/core/sync';

/** Fact values as the rules read them; a fact the rules saw as unknown is absent. */
export type RuleValues = Record<string, unknown>;

function collect(node: ConditionTrace, into: RuleValues): void {
  switch (node.kind) {
    case 'leaf': {
      if (node.actual === undefined) return;
      if (node.path === undefined) {
        into[node.fact] = node.actual;
      } else {
        const member = node.path.replace(/^\$\./, '');
        const holder = (into[node.fact] ??= {}) as Record<string, unknown>;
        holder[member] = node.actual;
      }
      return;
    }
    case 'all':
    case 'any':
      for (const child of node.children) collect(child, into);
      return;
    case 'not':
    case 'condition':
      collect(node.child, into);
  }
}

/** The values every traced leaf of `result` read. */
export function ruleValuesOf(result: EvaluationResult): RuleValues {
  const values: RuleValues = {};
  for (const rule of result.rules) if (rule.conditions) collect(rule.conditions, values);
  return values;
}

/** The ids of rules with conditions that fired (the fallback rule has none and is left out). */
export function firedConditionRules(result: EvaluationResult): string[] {
  return result.rules.filter((rule) => rule.conditions !== undefined && rule.status === 'fired').map((rule) => rule.id);
}
