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
  readonly firedFallback?: Rule<O> | undefined;
}

const ranksByRuleSet = new WeakMap<RuleSet, ReadonlyMap<string, number>>();

/** Every outcome's precedence rank (0 is the most restrictive), for callers that rank many at once. */
export function outcomeRanks(ruleSet: RuleSet): ReadonlyMap<string, number> {
  let ranks = ranksByRuleSet.get(ruleSet);
  if (!ranks) {
    ranks = new Map(ruleSet.outcomes.map((o, index) => [o.id, index]));
    ranksByRuleSet.set(ruleSet, ranks);
  }
  return ranks;
}

/** Precedence rank of an outcome: 0 is the most restrictive; -1 for an outcome the rule set lacks. */
export function rankOf<O extends string>(ruleSet: RuleSet<O>, outcome: O): number {
  return outcomeRanks(ruleSet as RuleSet).get(outcome) ?? -1;
}

/** Applies precedence and the reassurance gate to evaluated rules. */
export function chooseOutcome<O extends string>(ruleSet: RuleSet<O>, evaluations: readonly RuleEvaluation<O>[]): OutcomeChoice<O> {
  let winner: O | undefined;
  let winnerRank = Infinity;
  let anyUnknown = false;
  for (const evaluation of evaluations) {
    if (evaluation.rule.effect.kind === 'flag') continue;
    if (evaluation.status === 'unknown') anyUnknown = true;
    else if (evaluation.status === 'fired' && evaluation.outcome !== null) {
      const rank = rankOf(ruleSet, evaluation.outcome);
      if (rank < winnerRank) [winner, winnerRank] = [evaluation.outcome, rank];
    }
  }
  if (winner === undefined) {
    const fallback = ruleSet.rules.find((rule) => rule.fallback);
    if (fallback && fallback.effect.kind === 'outcome' && !anyUnknown) {
      return { outcome: fallback.effect.outcome, firedFallback: fallback };
    }
    return { outcome: ruleSet.insufficientOutcome };
  }
  const reassuring = ruleSet.outcomes[winnerRank]?.reassuring === true;
  return { outcome: reassuring && anyUnknown ? ruleSet.insufficientOutcome : winner };
}
