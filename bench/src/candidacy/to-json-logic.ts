/**
 * Translates a loaded rule set's conditions to JsonLogic, named conditions inlined, with json-rules-engine's
 * two-valued operator semantics: a comparison with a missing fact is false (JsonLogic's `var` yields null,
 * and `null < 5` is true in JavaScript, so numeric comparisons first require a value).
 */
import type { ConditionNode, LeafCondition, RuleSet } from '@recovery-rules/core/sync';

/** A JsonLogic expression. */
export type JsonLogic = { readonly [operator: string]: unknown };

function variable(leaf: LeafCondition): JsonLogic {
  return { var: leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path.replace(/^\$\./, '')}` };
}

function leafLogic(leaf: LeafCondition): JsonLogic {
  const fact = variable(leaf);
  const known: JsonLogic = { '!==': [fact, null] };
  switch (leaf.operator) {
    case 'equal':
      return { '===': [fact, leaf.value] };
    case 'notEqual':
      return { '!==': [fact, leaf.value] };
    case 'in':
      return { in: [fact, leaf.value] };
    case 'notIn':
      return { '!': { in: [fact, leaf.value] } };
    case 'lessThan':
      return { and: [known, { '<': [fact, leaf.value] }] };
    case 'lessThanInclusive':
      return { and: [known, { '<=': [fact, leaf.value] }] };
    case 'greaterThan':
      return { and: [known, { '>': [fact, leaf.value] }] };
    case 'greaterThanInclusive':
      return { and: [known, { '>=': [fact, leaf.value] }] };
    case 'isUnknown':
      return { '===': [{ '===': [fact, null] }, leaf.value] };
  }
}

/** The JsonLogic form of one condition tree. */
export function conditionToJsonLogic(node: ConditionNode, named: RuleSet['namedConditions']): JsonLogic {
  if ('all' in node) return { and: node.all.map((child) => conditionToJsonLogic(child, named)) };
  if ('any' in node) return { or: node.any.map((child) => conditionToJsonLogic(child, named)) };
  if ('not' in node) return { '!': conditionToJsonLogic(node.not, named) };
  if ('condition' in node) {
    const target = named[node.condition];
    if (!target) throw new Error(`unknown named condition "${node.condition}"`);
    return conditionToJsonLogic(target, named);
  }
  return leafLogic(node);
}

/** Every rule with conditions, as `[rule id, JsonLogic]`, in rule-set order. */
export function ruleSetToJsonLogic(ruleSet: RuleSet): [string, JsonLogic][] {
  return ruleSet.rules.flatMap((rule) => (rule.conditions ? [[rule.id, conditionToJsonLogic(rule.conditions, ruleSet.namedConditions)] as [string, JsonLogic]] : []));
}
