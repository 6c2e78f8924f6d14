/**
 * The compiled evaluator's two cheaper forms must agree with the full result: `trace: false` drops only the
 * condition trees, and `compileRuleSet().decide` gives the same outcome, fired and unknown rules, flags and
 * missing facts as `evaluateRuleSetSync` for the same values.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  BUILT_IN_RULE_SET_IDS,
  assessSync,
  compileRuleSet,
  evaluateRuleSetSync,
  evaluateSync,
  FactsValidationError,
  loadRuleSet,
  parseFacts,
  type EvaluationResult,
  type RuleSet,
} from '../../src/index.js';
import { randomFactsArb } from '../properties/arbitraries.js';
import { randomRuleSetArb, randomScalarFactsArb } from './random-rule-sets.js';

const withoutConditions = (result: EvaluationResult) => ({ ...result, rules: result.rules.map(({ conditions: _, ...rule }) => rule) });

function attempt<T>(run: () => T): T | FactsValidationError {
  try {
    return run();
  } catch (error) {
    if (error instanceof FactsValidationError) return error;
    throw error;
  }
}

describe('trace: false', () => {
  it.prop([randomFactsArb(2), fc.constantFrom(...BUILT_IN_RULE_SET_IDS)], { numRuns: 200 })('changes nothing but the condition trees', (facts, id) => {
    const traced = attempt(() => evaluateSync(id, facts));
    const untraced = attempt(() => evaluateSync(id, facts, { trace: false }));
    if (traced instanceof FactsValidationError) return void expect(untraced).toEqual(traced);
    expect(untraced).toEqual(withoutConditions(traced));
    expect((untraced as EvaluationResult).rules.some((rule) => 'conditions' in rule)).toBe(false);
  });

  it.prop([randomFactsArb(2)], { numRuns: 40 })('in whole assessments', (facts) => {
    const traced = attempt(() => assessSync(facts));
    const untraced = attempt(() => assessSync(facts, { trace: false }));
    if (traced instanceof FactsValidationError) return void expect(untraced).toEqual(traced);
    const results = Object.fromEntries(Object.entries(traced.results).map(([id, result]) => [id, withoutConditions(result)]));
    expect(untraced).toEqual({ ...traced, results });
  });
});

describe('compileRuleSet().decide', () => {
  it.prop([randomRuleSetArb, randomScalarFactsArb], { numRuns: 300 })('decides random rule sets as evaluateRuleSetSync does', (json, facts) => {
    const ruleSet = loadRuleSet(json) as RuleSet;
    const values = attempt(() => parseFacts(facts));
    fc.pre(!(values instanceof FactsValidationError));
    const full = evaluateRuleSetSync(ruleSet, facts, { messages: {} });
    const decision = compileRuleSet(ruleSet).decide(values as Record<string, unknown>);
    expect({ ...decision, missingFacts: decision.missingFacts }).toEqual({
      outcome: full.outcome,
      firedRules: full.firedRules,
      unknownRules: full.unknownRules,
      flags: full.flags,
      missingFacts: full.missingFacts,
    });
  });
});
