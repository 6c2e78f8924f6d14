import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import { conditionTruth, type ConditionOutcome } from './condition-truth.js';
import type { LeafOracle } from './leaf-oracle.js';

/** Whether a rule fired, did not fire, or could not be decided because facts are unknown. */
export type RuleStatus = 'fired' | 'not-fired' | 'unknown';

/** A rule's status together with the three-valued evaluation of its conditions. */
export interface RuleEvaluation<O extends string = string> {
  readonly rule: Rule<O>;
  readonly status: RuleStatus;
  readonly condition: ConditionOutcome;
  /**
   * The outcome this rule produces: for a fired rule the actual one; otherwise the most restrictive it could
   * produce (used to rank missing facts). Null for flag rules.
   */
  readonly outcome: O | null;
  /** Caller-facing facts whose absence left this rule (or its outcome) undecided. */
  readonly unknownFacts: readonly string[];
}

function askFor(fact: string): readonly string[] {
  return Object.hasOwn(DERIVED_FACTS, fact) ? DERIVED_FACTS[fact as keyof typeof DERIVED_FACTS].askFor : [fact];
}

function evaluateRule<O extends string>(
  rule: Rule<O>,
  ruleSet: RuleSet<O>,
  oracleFor: (ruleId: string) => LeafOracle,
  facts: Readonly<Record<string, unknown>>,
): RuleEvaluation<O> {
  const condition = conditionTruth(rule.conditions ?? { all: [] }, oracleFor(rule.id), facts, ruleSet as RuleSet);
  const truth = condition.trace.truth;
  const status: RuleStatus = truth === 'true' ? 'fired' : truth === 'unknown' ? 'unknown' : 'not-fired';
  const unknownFacts = condition.strict === 'unknown' ? condition.unknownFacts : [];
  const effect = rule.effect;
  if (effect.kind === 'flag') return { rule, status, condition, outcome: null, unknownFacts };
  if (effect.kind === 'outcome') return { rule, status, condition, outcome: effect.outcome, unknownFacts };
  const value = facts[effect.fact] as O | undefined;
  const mostRestrictive = ruleSet.outcomes.find((o) => o.id !== ruleSet.insufficientOutcome)?.id ?? null;
  if (value !== undefined) return { rule, status, condition, outcome: status === 'fired' ? value : mostRestrictive, unknownFacts };
  // The conditions may hold, but the outcome they would name is unknown: the rule is undecided.
  if (truth === 'false') return { rule, status, condition, outcome: mostRestrictive, unknownFacts };
  return { rule, status: 'unknown', condition, outcome: mostRestrictive, unknownFacts: [...unknownFacts, ...askFor(effect.fact)] };
}

/** Evaluates every non-fallback rule; the fallback is decided later from the others. */
export function evaluateRules<O extends string>(
  ruleSet: RuleSet<O>,
  oracleFor: (ruleId: string) => LeafOracle,
  facts: Readonly<Record<string, unknown>>,
): RuleEvaluation<O>[] {
  return ruleSet.rules.filter((rule) => !rule.fallback).map((rule) => evaluateRule(rule, ruleSet, oracleFor, facts));
}
