/**
 * Finds rules that can never decide the outcome: whenever such a rule fires, a rule with a more
 * restrictive outcome fires too, because the other rule's condition is weaker (its comparisons are a
 * subset of this rule's, all required together).
 */
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import type { ConditionNode } from '../rule-set/schema.js';
import { canonicalJson } from '../rule-set/sha256.js';

/** The comparisons a condition requires together, or undefined when it is not a plain conjunction. */
function requiredAll(node: ConditionNode): Set<string> | undefined {
  if ('all' in node) {
    const parts = node.all.map(requiredAll);
    if (parts.some((p) => p === undefined)) return undefined;
    return new Set(parts.flatMap((p) => [...(p ?? [])]));
  }
  if ('any' in node && node.any.length === 1) return requiredAll(node.any[0] as ConditionNode);
  if ('fact' in node || 'condition' in node || 'not' in node) return new Set([canonicalJson(node)]);
  return undefined;
}

function rankOf(ruleSet: RuleSet, rule: Rule): number | undefined {
  return rule.effect.kind === 'outcome' ? ruleSet.outcomes.findIndex((o) => rule.effect.kind === 'outcome' && o.id === rule.effect.outcome) : undefined;
}

/** Pairs (shadowed rule index, shadowing rule id). */
export function shadowedRules(ruleSet: RuleSet): { index: number; by: string }[] {
  const found: { index: number; by: string }[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const rank = rankOf(ruleSet, rule);
    const mine = rule.conditions ? requiredAll(rule.conditions) : undefined;
    if (rank === undefined || !mine || rule.effect.kind !== 'outcome' || rule.effect.outcome === ruleSet.insufficientOutcome) return;
    const by = ruleSet.rules.find((other) => {
      const otherRank = rankOf(ruleSet, other);
      const theirs = other !== rule && other.conditions ? requiredAll(other.conditions) : undefined;
      return otherRank !== undefined && otherRank < rank && theirs !== undefined && [...theirs].every((c) => mine.has(c));
    });
    if (by) found.push({ index, by: by.id });
  });
  return found;
}
