/**
 * The rule sets shipped with the SDK, loaded (and so fully validated) on first use and cached: a loaded
 * rule set is immutable, so sharing it is safe; engines are never shared.
 */
import candidacy from '../../rule-sets/naltrexone-candidacy.json';
import cows from '../../rule-sets/cows.json';
import overdose from '../../rule-sets/overdose-risk.json';
import relapse from '../../rule-sets/relapse-warnings.json';
import urgent from '../../rule-sets/urgent-help.json';
import waiting from '../../rule-sets/waiting-period.json';
import { loadRuleSet } from '../rule-set/load-rule-set.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { BUILT_IN_OUTCOMES, type BuiltInRuleSetId, type OutcomeOf } from './outcomes.js';

const FILES: Record<BuiltInRuleSetId, unknown> = {
  'naltrexone-candidacy': candidacy,
  'waiting-period': waiting,
  'urgent-help': urgent,
  'relapse-warnings': relapse,
  cows,
  'overdose-risk': overdose,
};

const cache = new Map<BuiltInRuleSetId, RuleSet>();

/** The built-in rule set with this id, validated. */
export function builtInRuleSet<Id extends BuiltInRuleSetId>(id: Id): RuleSet<OutcomeOf<Id>> {
  let ruleSet = cache.get(id);
  if (!ruleSet) {
    ruleSet = loadRuleSet(FILES[id], { file: `rule-sets/${id}.json` });
    const declared = ruleSet.outcomes.map((o) => o.id).join(',');
    if (ruleSet.id !== id || declared !== BUILT_IN_OUTCOMES[id].join(',')) {
      throw new Error(`built-in rule set ${id} declares outcomes [${declared}], but the SDK's types expect [${BUILT_IN_OUTCOMES[id].join(',')}]`);
    }
    cache.set(id, ruleSet);
  }
  return ruleSet as RuleSet<OutcomeOf<Id>>;
}

/** Every built-in rule set id, in dependency-free display order. */
export const BUILT_IN_RULE_SET_IDS = Object.keys(FILES) as BuiltInRuleSetId[];
