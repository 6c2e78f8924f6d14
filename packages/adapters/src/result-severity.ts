/**
 * How alarming a result is, in the three levels that CDS Hooks cards (and most alerting UIs) use. The level
 * is declared per outcome in the rule set itself (`severity`), where clinicians review it: among the
 * built-in rule sets only `contraindicated` and `emergency-call-now` are `critical`, reassuring outcomes are
 * `info`, and every `insufficient-information` is at least `warning` (in urgent help it carries the
 * call-911-if-in-doubt safety net).
 */
import { builtInRuleSet, isBuiltInRuleSetId, type EvaluationResult, type OutcomeSeverity, type RuleSet } from '@recovery-rules/core';

/** A CDS Hooks card indicator: `critical` needs action now, `warning` needs attention, `info` is neutral. */
export type Severity = OutcomeSeverity;

/**
 * Maps a result's outcome to a {@link Severity} from its rule set's declared outcome severities.
 * @param result - a result from `evaluate` (only `ruleSet` and `outcome` are read).
 * @param ruleSet - needed only for a rule set that is not built in: the rule set you loaded.
 * @throws RangeError when the rule set is unknown, the outcome is not in it, or it declares no severity for
 *   that outcome: a severity is never guessed.
 */
export function resultSeverity(result: Pick<EvaluationResult, 'ruleSet' | 'outcome'>, ruleSet?: RuleSet): Severity {
  const source = ruleSet ?? (isBuiltInRuleSetId(result.ruleSet) ? (builtInRuleSet(result.ruleSet) as RuleSet) : undefined);
  if (!source) throw new RangeError(`resultSeverity: unknown rule set "${result.ruleSet}"; pass the rule set you loaded`);
  const outcome = source.outcomes.find((o) => o.id === result.outcome);
  if (!outcome) {
    throw new RangeError(`resultSeverity: "${result.outcome}" is not an outcome of ${source.id} (${source.outcomes.map((o) => o.id).join(', ')})`);
  }
  if (outcome.severity === undefined) throw new RangeError(`resultSeverity: ${source.id} declares no severity for "${outcome.id}"`);
  return outcome.severity;
}
