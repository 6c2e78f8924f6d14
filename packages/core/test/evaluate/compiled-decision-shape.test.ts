/**
 * `compileRuleSet().decide` returns an object that behaves as a plain one: its keys, JSON and spread all
 * carry `missingFacts`, which is ranked on first read and then stays the same array.
 */
import { describe, expect, it } from 'vitest';
import { builtInRuleSet, compileRuleSet } from '../../src/index.js';

const facts = { evaluatedAt: '2025-06-10T09:00:00-07:00', ageYears: 29, currentOpioidAgonistTreatment: 'none' };

describe('a decision', () => {
  const ruleSet = builtInRuleSet('naltrexone-candidacy');
  const decision = compileRuleSet(ruleSet).decide(facts);

  it('lists missing facts among its own keys, in JSON and in a spread', () => {
    expect(Object.keys(decision)).toEqual(['outcome', 'firedRules', 'unknownRules', 'flags', 'missingFacts']);
    const json = JSON.parse(JSON.stringify(decision)) as Record<string, unknown>;
    expect(json['missingFacts']).toEqual(decision.missingFacts);
    expect({ ...decision }).toEqual(json);
  });

  it('ranks missing facts once (the differential tests hold their content equal to evaluateSync)', () => {
    expect(decision.outcome).toBe('insufficient-information');
    expect(decision.missingFacts).toContain('lastOpioidUseAt');
    expect(decision.missingFacts).toBe(decision.missingFacts);
  });

  it('with trace, adds the rules after the same keys', () => {
    const traced = compileRuleSet(ruleSet).decideWithTrace(facts);
    expect(Object.keys(traced)).toEqual(['outcome', 'firedRules', 'unknownRules', 'flags', 'missingFacts', 'rules']);
    expect({ ...traced, rules: undefined }).toEqual({ ...decision, rules: undefined });
    expect(traced.rules.map((rule) => rule.id)).toEqual(ruleSet.rules.map((rule) => rule.id));
  });
});
