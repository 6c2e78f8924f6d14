/**
 * How alarming a result is, in the three levels that CDS Hooks cards (and most alerting UIs) use. The
 * level comes from the outcome's place in its rule set's precedence (SPEC §4, most restrictive first):
 *
 * - the **last** outcome, the one that needs no action, is `info`
 *   (eligible, routine, none-detected, computed);
 * - the **first** outcome is `critical` when the rule set has at least three outcomes
 *   (contraindicated, emergency-call-now, lapse-occurred);
 * - everything in between is `warning`, including every `insufficient-information`, which in urgent help
 *   carries the call-911-if-in-doubt safety net and so must never read as `info`.
 *
 * A rule set with only two outcomes is a computed/not-computed switch rather than a severity scale, so its
 * first outcome is `warning`, not `critical` (waiting-period: not-computable is `warning`).
 */
import { listRuleSets, type EvaluationResult } from '@recovery-rules/core';

/** A CDS Hooks card indicator: `critical` needs action now, `warning` needs attention, `info` is neutral. */
export type Severity = 'critical' | 'warning' | 'info';

let builtInPrecedence: ReadonlyMap<string, readonly string[]> | undefined;

function precedenceOf(ruleSetId: string): readonly string[] | undefined {
  builtInPrecedence ??= new Map(listRuleSets().map((r) => [r.id, r.outcomes]));
  return builtInPrecedence.get(ruleSetId);
}

/**
 * Maps a result's outcome to a {@link Severity} using its rule set's outcome precedence.
 * @param result - a result from `evaluate` (only `ruleSet` and `outcome` are read).
 * @param outcomes - the precedence, most restrictive first; needed only for a rule set that is not built
 *   in (pass `ruleSet.outcomes.map((o) => o.id)` of the rule set you loaded).
 * @throws RangeError when the rule set is unknown and no precedence is given, or the outcome is not in it:
 *   a severity is never guessed.
 */
export function resultSeverity(
  result: Pick<EvaluationResult, 'ruleSet' | 'outcome'>,
  outcomes: readonly string[] | undefined = precedenceOf(result.ruleSet),
): Severity {
  if (!outcomes) throw new RangeError(`resultSeverity: unknown rule set "${result.ruleSet}"; pass its outcome precedence`);
  const rank = outcomes.indexOf(result.outcome);
  if (rank === -1) {
    throw new RangeError(`resultSeverity: "${result.outcome}" is not an outcome of ${result.ruleSet} (${outcomes.join(', ')})`);
  }
  if (rank === outcomes.length - 1) return 'info';
  return rank === 0 && outcomes.length >= 3 ? 'critical' : 'warning';
}
