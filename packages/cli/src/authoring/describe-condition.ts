/**
 * Condition trees as sentences a clinician can read and sign off, e.g. "age (years) is under 18".
 */
import type { ConditionNode, LeafCondition, RuleSet } from '@recovery-rules/core';

const OPERATOR_WORDS: Record<LeafCondition['operator'], string> = {
  equal: 'is',
  notEqual: 'is not',
  in: 'is one of',
  notIn: 'is none of',
  lessThan: 'is under',
  lessThanInclusive: 'is at most',
  greaterThan: 'is over',
  greaterThanInclusive: 'is at least',
  isUnknown: 'is unknown',
};

function factName(leaf: LeafCondition): string {
  return leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path.slice(2)}`;
}

function valueWords(value: LeafCondition['value']): string {
  const one = (v: string | number | boolean) => (typeof v === 'string' ? `"${v}"` : String(v));
  return Array.isArray(value) ? value.map(one).join(', ') : one(value as string | number | boolean);
}

/** One comparison in words. */
export function describeLeaf(leaf: LeafCondition, optional: boolean): string {
  const words = leaf.operator === 'isUnknown' ? `${factName(leaf)} is unknown` : `${factName(leaf)} ${OPERATOR_WORDS[leaf.operator]} ${valueWords(leaf.value)}`;
  return optional && leaf.operator !== 'isUnknown' ? `${words} [optional: unknown counts as no]` : words;
}

/** A whole condition in words; nested groups are bracketed so the logic stays unambiguous. */
export function describeCondition(node: ConditionNode, ruleSet: RuleSet, nested = false): string {
  const wrap = (text: string) => (nested ? `(${text})` : text);
  if ('all' in node) {
    return node.all.length === 1 ? describeCondition(node.all[0] as ConditionNode, ruleSet, nested) : wrap(`all of: ${node.all.map((c) => describeCondition(c, ruleSet, true)).join('; ')}`);
  }
  if ('any' in node) {
    return node.any.length === 1 ? describeCondition(node.any[0] as ConditionNode, ruleSet, nested) : wrap(`any of: ${node.any.map((c) => describeCondition(c, ruleSet, true)).join('; ')}`);
  }
  if ('not' in node) return `not ${describeCondition(node.not, ruleSet, true)}`;
  if ('condition' in node) return `[${node.condition}]`;
  return describeLeaf(node, ruleSet.optionalFacts.has(node.fact));
}
