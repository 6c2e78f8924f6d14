/**
 * The rule sets shipped with the SDK, built on first use and cached: a loaded rule set is immutable, so
 * sharing it is safe; engines are never shared.
 *
 * The JSON files are the source clinicians edit. That they load cleanly is proven when the package is
 * built (`scripts/check-built-in-rule-sets.mjs` fails the build unless every file loads through
 * {@link loadRuleSet}, every check included, to exactly the rule set built here) and by the tests, so at
 * run time they skip the loader's checks, which keeps the loader, its zod schema and its checks out of an
 * app's bundle. Parameter overrides are still checked against their declared ranges here.
 */
import candidacy from '../../rule-sets/naltrexone-candidacy.json';
import cows from '../../rule-sets/cows.json';
import overdose from '../../rule-sets/overdose-risk.json';
import relapse from '../../rule-sets/relapse-warnings.json';
import urgent from '../../rule-sets/urgent-help.json';
import waiting from '../../rule-sets/waiting-period.json';
import { buildProvenRuleSet } from '../rule-set/build-rule-set.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import type { RuleSetFile } from '../rule-set/schema.js';
import { BUILT_IN_OUTCOMES, type BuiltInRuleSetId, type OutcomeOf } from './outcomes.js';

/** The built-in files as imported; their shape is the build's and the tests' to prove (see above). */
const FILES: Record<BuiltInRuleSetId, unknown> = {
  'naltrexone-candidacy': candidacy,
  'waiting-period': waiting,
  'urgent-help': urgent,
  'relapse-warnings': relapse,
  cows,
  'overdose-risk': overdose,
};

const cache = new Map<BuiltInRuleSetId, RuleSet>();

/** Where a built-in rule set's file lives in the package, as load errors name it. */
const fileOf = (id: BuiltInRuleSetId): string => `rule-sets/${id}.json`;

/** The built-in rule set with this id, validated. */
export function builtInRuleSet<Id extends BuiltInRuleSetId>(id: Id): RuleSet<OutcomeOf<Id>> {
  let ruleSet = cache.get(id);
  if (!ruleSet) {
    ruleSet = buildProvenRuleSet(structuredClone(FILES[id]) as RuleSetFile, { file: fileOf(id) });
    const declared = ruleSet.outcomes.map((o) => o.id).join(',');
    if (ruleSet.id !== id || declared !== BUILT_IN_OUTCOMES[id].join(',')) {
      throw new Error(`built-in rule set ${id} declares outcomes [${declared}], but the SDK's types expect [${BUILT_IN_OUTCOMES[id].join(',')}]`);
    }
    cache.set(id, ruleSet);
  }
  return ruleSet as RuleSet<OutcomeOf<Id>>;
}

/**
 * The built-in rule set with parameter overrides (SPEC §7): the same as loading its file again with
 * `loadRuleSet(file, { parameters })`, each override checked against its declared range.
 * @throws {@link RuleSetLoadError} when an override is unknown or out of range.
 */
export function builtInRuleSetWithParameters<Id extends BuiltInRuleSetId>(id: Id, parameters: Readonly<Record<string, number>>): RuleSet<OutcomeOf<Id>> {
  return buildProvenRuleSet(builtInRuleSet(id).source, { file: fileOf(id), parameters }) as RuleSet<OutcomeOf<Id>>;
}

/** Every built-in rule set id, in dependency-free display order. */
export const BUILT_IN_RULE_SET_IDS = Object.keys(FILES) as BuiltInRuleSetId[];
