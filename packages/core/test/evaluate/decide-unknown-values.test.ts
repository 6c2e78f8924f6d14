/**
 * `compileRuleSet().decide(values)` takes values nobody validated. A caller who writes `null` or `"unknown"`
 * for a fact means "not known", and that must never let a reassuring outcome through.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, compileRuleSet } from '../../src/sync.js';

describe.each(BUILT_IN_RULE_SET_IDS)('%s: decide', (id) => {
  const ruleSet = builtInRuleSet(id);
  const reassuring = new Set(ruleSet.outcomes.filter((o) => o.reassuring).map((o) => o.id));
  const compiled = compileRuleSet(ruleSet);

  it.each([null, 'unknown'])('with every fact it reads set to %j: no reassurance, same as leaving them out', (placeholder) => {
    const values = Object.fromEntries([...ruleSet.referencedFacts].map((fact) => [fact, placeholder]));
    const decision = compiled.decide(values);
    expect(reassuring.has(decision.outcome)).toBe(false);
    expect(decision.outcome).toBe(compiled.decide({}).outcome);
    expect(compiled.decideWithTrace(values).outcome).toBe(decision.outcome);
  });
});
