/**
 * `compileRuleSet().decideWithTrace` gives the decision `decide` gives and, per rule, the status and
 * condition trace `evaluateRuleSetSync` reports for the same values.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compileRuleSet, evaluateRuleSetSync, FactsValidationError, loadRuleSet, parseFacts, type RuleSet } from '../../src/index.js';
import { randomRuleSetArb, randomScalarFactsArb } from './random-rule-sets.js';

describe('compileRuleSet().decideWithTrace', () => {
  it.prop([randomRuleSetArb, randomScalarFactsArb], { numRuns: 300 })('traces random rule sets as evaluateRuleSetSync does', (json, facts) => {
    const ruleSet = loadRuleSet(json) as RuleSet;
    let values: Record<string, unknown>;
    try {
      values = parseFacts(facts) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof FactsValidationError) return fc.pre(false);
      throw error;
    }
    const full = evaluateRuleSetSync(ruleSet, facts, { messages: {} });
    const compiled = compileRuleSet(ruleSet);
    const traced = compiled.decideWithTrace(values);
    const decision = compiled.decide(values);
    expect({ ...traced, rules: undefined }).toEqual({ ...decision, rules: undefined });
    expect(traced.rules).toEqual(full.rules.map(({ id, status, conditions }) => (conditions ? { id, status, conditions } : { id, status })));
  });
});
