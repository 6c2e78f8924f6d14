/**
 * The rule set's logic in raw json-rules-engine, the way its README sets an engine up: one engine built
 * once, named conditions registered with `setCondition`, one `await engine.run(facts)` per evaluation.
 * `isUnknown` is added as a custom operator. Sequential use only: the engine keeps run state (issue #303).
 */
import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { RuleSet } from '@recovery-rules/core/sync';
import type { RuleValues } from './rule-values.js';

/** Evaluates the rule set with the engine and returns the ids of the rules that fired, in rule-set order. */
export type RawEngineRun = (values: RuleValues) => Promise<string[]>;

/** Builds the engine once and returns a function that runs it. */
export function rawJsonRulesEngine(ruleSet: RuleSet): RawEngineRun {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('isUnknown', (factValue: unknown, expected: unknown) => (factValue === undefined) === expected);
  for (const [name, node] of Object.entries(ruleSet.namedConditions)) {
    engine.setCondition(name, structuredClone(node) as unknown as TopLevelCondition);
  }
  const order = new Map<string, number>();
  ruleSet.rules.forEach((rule, index) => {
    if (!rule.conditions) return;
    order.set(rule.id, index);
    engine.addRule({ name: rule.id, conditions: structuredClone(rule.conditions) as unknown as TopLevelCondition, event: { type: rule.id } });
  });
  return async (values) => {
    const { results } = await engine.run(values);
    return results.map((result) => String(result.name)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
}
