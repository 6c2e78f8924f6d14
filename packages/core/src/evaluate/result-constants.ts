/**
 * What every result of one rule set shares, worked out once per loaded rule set instead of per evaluation:
 * the parameter values in force, outcome definitions and labels, and each effect's precedence rank.
 */
import type { OutcomeDefinition, RuleSet } from '../rule-set/rule-set.js';
import { outcomeRanks } from './choose-outcome.js';
import type { RuleTrace } from './result.js';

/** Per-rule-set constants of assembled results. */
export interface ResultConstants {
  /** The parameter values in force, as a fresh object per result (results are the caller's to keep). */
  readonly parameters: () => Record<string, number>;
  /** The definition of an outcome; an outcome the rule set lacks gets a bare, non-reassuring one. */
  readonly outcomeDefinition: (outcome: string) => OutcomeDefinition;
  /** The outcome in words, dashes as spaces ("moderately severe"). */
  readonly outcomeLabel: (outcome: string) => string;
  /** Sort key of a fired rule's message: its outcome's precedence rank, flags after every outcome. */
  readonly effectRank: (rule: RuleTrace) => number;
}

const constantsByRuleSet = new WeakMap<RuleSet, ResultConstants>();

/** The result constants of `ruleSet`, worked out on first use. */
export function resultConstants(ruleSet: RuleSet): ResultConstants {
  let constants = constantsByRuleSet.get(ruleSet);
  if (!constants) {
    const parameterValues: Readonly<Record<string, number>> = Object.fromEntries([...ruleSet.parameters].map(([name, p]) => [name, p.value]));
    const ranks = outcomeRanks(ruleSet);
    const labels = new Map(ruleSet.outcomes.map((o) => [o.id, o.id.replaceAll('-', ' ')]));
    constants = {
      // A spread copy of one template is V8's fast clone; each result still gets its own object.
      parameters: () => ({ ...parameterValues }),
      outcomeDefinition: (outcome) => ruleSet.outcomes[ranks.get(outcome) ?? -1] ?? { id: outcome, description: '', reassuring: false },
      outcomeLabel: (outcome) => labels.get(outcome) ?? outcome.replaceAll('-', ' '),
      effectRank: (rule) => (rule.outcome !== null ? (ranks.get(rule.outcome) ?? -1) : ruleSet.outcomes.length),
    };
    constantsByRuleSet.set(ruleSet, constants);
  }
  return constants;
}
