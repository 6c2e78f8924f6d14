import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import { conditionTruth, type ConditionOutcome } from './condition-truth.js';
import type { EngineTrees } from './run-engine.js';

/** Whether a rule fired, did not fire, or could not be decided because facts are unknown. */
export type RuleStatus = 'fired' | 'not-fired' | 'unknown';

/** A rule's status together with the three-valued evaluation of its conditions. */
export interface RuleEvaluation<O extends string = string> {
  readonly rule: Rule<O>;
  readonly status: RuleStatus;
  readonly condition?: ConditionOutcome;
}

/** Evaluates every non-fallback rule; the fallback is decided later from the others. */
export function evaluateRules<O extends string>(
  ruleSet: RuleSet<O>,
  trees: EngineTrees,
  facts: Readonly<Record<string, unknown>>,
): RuleEvaluation<O>[] {
  return ruleSet.rules
    .filter((rule) => !rule.fallback)
    .map((rule) => {
      const condition = conditionTruth(rule.conditions ?? { all: [] }, trees.get(rule.id), facts, ruleSet as RuleSet);
      const truth = condition.trace.truth;
      return { rule, condition, status: truth === 'true' ? 'fired' : truth === 'unknown' ? 'unknown' : 'not-fired' };
    });
}
