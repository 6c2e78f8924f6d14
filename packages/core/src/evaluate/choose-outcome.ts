/**
 * Chooses the outcome (SPEC §4): the most restrictive outcome among fired rules. A reassuring outcome is
 * only ever given when no outcome rule is unknown; otherwise the rule set's insufficient-information outcome
 * stands in for it, so an unknown fact can never read as good news.
 */
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import type { RuleEvaluation } from './rule-status.js';

/** The chosen outcome and the fallback rule, when it fired. */
export interface OutcomeChoice<O extends string> {
  readonly outcome: O;
  readonly firedFallback?: Rule<O>;
}

/** Precedence rank of an outcome: 0 is the most restrictive. */
export function rankOf<O extends string>(ruleSet: RuleSet<O>, outcome: O): number {
  return ruleSet.outcomes.findIndex((o) => o.id === outcome);
}

/** Applies precedence and the reassurance gate to evaluated rules. */
export function chooseOutcome<O extends string>(ruleSet: RuleSet<O>, evaluations: readonly RuleEvaluation<O>[]): OutcomeChoice<O> {
  const outcomeRules = evaluations.filter((e) => e.rule.effect.kind !== 'flag');
  const fired = outcomeRules.flatMap((e) => (e.status === 'fired' && e.outcome !== null ? [e.outcome] : []));
  const anyUnknown = outcomeRules.some((e) => e.status === 'unknown');
  const isReassuring = (outcome: O) => ruleSet.outcomes.find((o) => o.id === outcome)?.reassuring === true;

  if (fired.length === 0) {
    const fallback = ruleSet.rules.find((rule) => rule.fallback);
    if (fallback && fallback.effect.kind === 'outcome' && !anyUnknown) {
      return { outcome: fallback.effect.outcome, firedFallback: fallback };
    }
    return { outcome: ruleSet.insufficientOutcome };
  }
  const winner = fired.reduce((best, next) => (rankOf(ruleSet, next) < rankOf(ruleSet, best) ? next : best));
  return { outcome: isReassuring(winner) && anyUnknown ? ruleSet.insufficientOutcome : winner };
}
