import { BUILT_IN_RULE_SET_IDS, builtInRuleSet } from '../rule-sets/built-in.js';

/** A short description of a built-in rule set. */
export interface RuleSetSummary {
  readonly id: string;
  readonly version: string;
  /** SHA-256 of the rule set's content. */
  readonly contentHash: string;
  readonly title: string;
  /** Outcomes in precedence order, most restrictive first. */
  readonly outcomes: readonly string[];
  readonly ruleCount: number;
}

/** Lists the built-in rule sets with their versions. */
export function listRuleSets(): RuleSetSummary[] {
  return BUILT_IN_RULE_SET_IDS.map((id) => {
    const ruleSet = builtInRuleSet(id);
    return {
      id,
      version: ruleSet.version,
      contentHash: ruleSet.contentHash,
      title: ruleSet.title,
      outcomes: ruleSet.outcomes.map((o) => o.id),
      ruleCount: ruleSet.rules.length,
    };
  });
}
