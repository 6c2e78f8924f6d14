/**
 * The synchronous evaluator must give exactly what the json-rules-engine path gives: outcome, fired and
 * unknown rules, missing facts, messages and every trace node. Any difference is a bug in one of them.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  assess,
  assessSync,
  BUILT_IN_RULE_SET_IDS,
  evaluate,
  evaluateRuleSet,
  evaluateRuleSetSync,
  evaluateSync,
  loadRuleSet,
  type RuleSet,
} from '../../src/index.js';
import { randomFactsArb } from '../properties/arbitraries.js';
import { randomRuleSetArb, randomScalarFactsArb } from './random-rule-sets.js';

async function both<T>(run: () => Promise<T>, runSync: () => T): Promise<[T | Error, T | Error]> {
  const capture = async (f: () => Promise<T> | T) => {
    try {
      return await f();
    } catch (error) {
      return error as Error;
    }
  };
  return [await capture(run), await capture(runSync)];
}

describe('evaluateSync equals evaluate (json-rules-engine)', () => {
  it.prop([randomFactsArb(2), fc.constantFrom(...BUILT_IN_RULE_SET_IDS)], { numRuns: 300 })('on every built-in rule set', async (facts, id) => {
    const [reference, sync] = await both(() => evaluate(id, facts), () => evaluateSync(id, facts));
    expect(sync).toEqual(reference);
  });

  it.prop([randomFactsArb(2)], { numRuns: 60 })('for whole assessments', async (facts) => {
    const [reference, sync] = await both(() => assess(facts), () => assessSync(facts));
    expect(sync).toEqual(reference);
  });

  it.prop([randomRuleSetArb, randomScalarFactsArb], { numRuns: 300 })('on random rule sets', async (json, facts) => {
    const ruleSet = loadRuleSet(json) as RuleSet;
    const [reference, sync] = await both(
      () => evaluateRuleSet(ruleSet, facts, { messages: {} }),
      () => evaluateRuleSetSync(ruleSet, facts, { messages: {} }),
    );
    expect(sync).toEqual(reference);
  });

  it.prop([fc.anything()], { numRuns: 100 })('rejects invalid facts with the same error', async (facts) => {
    const [reference, sync] = await both(() => evaluate('urgent-help', facts), () => evaluateSync('urgent-help', facts));
    expect(sync).toEqual(reference);
  });
});
