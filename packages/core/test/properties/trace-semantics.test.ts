/**
 * The evaluation semantics as observed in results (design.md, "Evaluation semantics"): every node of every
 * rule's trace obeys Kleene logic; a leaf is unknown exactly when its fact is unknown, except leaves on a
 * rule set's optionalFacts (false, assumedAbsent) and isUnknown leaves (never unknown); a rule's status is
 * its condition's truth; and the outcome is the first of the rule set's `outcomes` among fired rules, with
 * the reassurance gate.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { and, not, or } from '../../src/evaluate/kleene.js';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, evaluate, type ConditionTrace, type EvaluationResult, type RuleSet } from '../../src/index.js';
import { randomFactsArb } from './arbitraries.js';

/** Checks one trace node (recursively) and returns its truth. */
function checkNode(node: ConditionTrace, ruleSet: RuleSet, where: string): void {
  switch (node.kind) {
    case 'all':
    case 'any': {
      node.children.forEach((child, i) => checkNode(child, ruleSet, `${where}/${node.kind}/${i}`));
      const expected = (node.kind === 'all' ? and : or)(node.children.map((c) => c.truth));
      expect(node.truth, where).toBe(expected);
      return;
    }
    case 'not':
      checkNode(node.child, ruleSet, `${where}/not`);
      expect(node.truth, where).toBe(not(node.child.truth));
      return;
    case 'condition':
      expect(Object.keys(ruleSet.namedConditions), where).toContain(node.name);
      checkNode(node.child, ruleSet, `${where}/${node.name}`);
      expect(node.truth, where).toBe(node.child.truth);
      return;
    case 'leaf': {
      const known = node.actual !== undefined;
      if (node.operator === 'isUnknown') {
        expect(node.truth, where).toBe(known ? 'false' : 'true');
        expect(node.assumedAbsent, where).toBeUndefined();
      } else if (known) {
        expect(['true', 'false'], where).toContain(node.truth);
        expect(node.assumedAbsent, where).toBeUndefined();
      } else if (ruleSet.optionalFacts.has(node.fact)) {
        expect(node.truth, where).toBe('false');
        expect(node.assumedAbsent, where).toBe(true);
      } else {
        expect(node.truth, where).toBe('unknown');
        expect(node.assumedAbsent, where).toBeUndefined();
      }
      return;
    }
  }
}

/** The outcome SPEC §4 and the reassurance gate give for a result's rule statuses. */
function expectedOutcome(ruleSet: RuleSet, result: EvaluationResult): string {
  const outcomeRules = result.rules.filter((r) => r.effect.kind !== 'flag' && !r.fallback);
  const fired = outcomeRules.filter((r) => r.status === 'fired').map((r) => r.outcome ?? '');
  const anyUnknown = outcomeRules.some((r) => r.status === 'unknown');
  const order = ruleSet.outcomes.map((o) => o.id);
  const winner = order.find((o) => fired.includes(o));
  const fallback = ruleSet.rules.find((r) => r.fallback);
  const candidate = winner ?? (fallback?.effect.kind === 'outcome' ? fallback.effect.outcome : undefined);
  if (candidate === undefined) return ruleSet.insufficientOutcome;
  const reassuring = ruleSet.outcomes.find((o) => o.id === candidate)?.reassuring === true;
  if (winner === undefined || reassuring) return anyUnknown ? ruleSet.insufficientOutcome : candidate;
  return candidate;
}

describe('results obey three-valued semantics', () => {
  it.prop([randomFactsArb(2), fc.constantFrom(...BUILT_IN_RULE_SET_IDS)], { numRuns: 250 })(
    'every trace node, rule status and outcome is consistent',
    async (facts, id) => {
      const ruleSet = builtInRuleSet(id) as RuleSet;
      const result = await evaluate(id, facts);
      for (const rule of result.rules) {
        if (rule.fallback) {
          expect(rule.conditions).toBeUndefined();
          continue;
        }
        expect(rule.conditions, rule.id).toBeDefined();
        checkNode(rule.conditions!, ruleSet, rule.id);
        const truth = rule.conditions!.truth;
        // A rule whose outcome is a fact's value (the COWS band) is undecided while that value is unknown.
        const outcomeUnknown = rule.effect.kind === 'outcome-from-fact' && truth === 'true' && rule.status === 'unknown';
        if (!outcomeUnknown) expect(rule.status, rule.id).toBe(truth === 'true' ? 'fired' : truth === 'unknown' ? 'unknown' : 'not-fired');
      }
      expect(result.outcome).toBe(expectedOutcome(ruleSet, result));
      expect(result.firedRules).toEqual(result.rules.filter((r) => r.status === 'fired').map((r) => r.id));
      expect(result.unknownRules).toEqual(result.rules.filter((r) => r.status === 'unknown').map((r) => r.id));
      // Flags come only from fired flag rules, and never decide the outcome.
      expect(result.flags).toEqual(result.rules.flatMap((r) => (r.status === 'fired' && r.effect.kind === 'flag' ? [r.effect.flag] : [])));
      // Every fired rule has a message, most restrictive first.
      // (A null ruleId is the outcome's own message, such as the urgent-help safety net.)
      expect(new Set(result.messages.flatMap((m) => (m.ruleId === null ? [] : [m.ruleId])))).toEqual(new Set(result.firedRules));
    },
  );

  it.prop([randomFactsArb(2), fc.constantFrom(...BUILT_IN_RULE_SET_IDS)], { numRuns: 150 })(
    'every fact that leaves an outcome rule unknown is reported as missing',
    async (facts, id) => {
      const result = await evaluate(id, facts);
      if (result.unknownRules.length > 0) expect(result.missingFacts.length).toBeGreaterThan(0);
      for (const entry of result.askNext) expect(entry.rules.length).toBeGreaterThan(0);
      expect(result.missingFacts).toEqual(result.askNext.map((m) => m.fact));
      expect(new Set(result.missingFacts).size).toBe(result.missingFacts.length);
    },
  );
});
