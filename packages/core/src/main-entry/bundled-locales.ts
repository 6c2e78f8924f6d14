/**
 * The main entry's evaluation functions: the synchronous entry's, except that `locale: 'es'` without
 * `messages` renders the bundled Spanish catalog (Spanish over English), as it did before the catalog left
 * the synchronous entry. Node users keep `{ locale: 'es' }` working; browser bundles built from
 * `@recovery-rules/core/sync` carry English only and pass `spanishCatalog` themselves.
 */
import { assessSync as assessSyncEnglishOnly, type AssessOptions } from '../api/assess.js';
import type { AssessmentReport } from '../api/assessment-report.js';
import { assess as assessEnglishOnly } from '../api/assess-async.js';
import { evaluateRuleSetSync as evaluateRuleSetSyncEnglishOnly, evaluateSync as evaluateSyncEnglishOnly, type EvaluateOptions } from '../api/evaluate.js';
import { evaluate as evaluateEnglishOnly, evaluateRuleSet as evaluateRuleSetEnglishOnly } from '../api/evaluate-async.js';
import type { SessionOptions } from '../api/evaluation-session.js';
import type { EvaluationResult } from '../evaluate/result.js';
import { spanishCatalog } from '../messages/spanish.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import type { BuiltInRuleSetId, OutcomeOf } from '../rule-sets/outcomes.js';

/** The options with the bundled catalog of their locale, unless the app passed its own messages. */
export function withBundledCatalog<T extends SessionOptions>(options: T): T {
  return options.locale === 'es' && options.messages === undefined ? { ...options, messages: spanishCatalog } : options;
}

/**
 * Evaluates a built-in rule set synchronously (the compiled evaluator).
 * @param ruleSetId - e.g. `"naltrexone-candidacy"`.
 * @param facts - facts in the SPEC §1 vocabulary, including `evaluatedAt`; anything left out is unknown.
 * @throws {@link FactsValidationError} when a fact is invalid; {@link UnknownRuleSetError} for an unknown id.
 */
export function evaluateSync<Id extends BuiltInRuleSetId>(ruleSetId: Id, facts: unknown, options: EvaluateOptions = {}): EvaluationResult<OutcomeOf<Id>> {
  return evaluateSyncEnglishOnly(ruleSetId, facts, withBundledCatalog(options));
}

/** Evaluates any loaded rule set synchronously (see {@link loadRuleSet}). */
export function evaluateRuleSetSync<O extends string>(ruleSet: RuleSet<O>, facts: unknown, options: EvaluateOptions = {}): EvaluationResult<O> {
  return evaluateRuleSetSyncEnglishOnly(ruleSet, facts, withBundledCatalog(options));
}

/** Runs all six built-in rule sets synchronously and combines them (see the synchronous entry's `assessSync`). */
export function assessSync(facts: unknown, options: AssessOptions = {}): AssessmentReport {
  return assessSyncEnglishOnly(facts, withBundledCatalog(options));
}

/**
 * Evaluates a built-in rule set through json-rules-engine, the reference evaluator.
 * @throws {@link FactsValidationError} when a fact is invalid; {@link UnknownRuleSetError} for an unknown id.
 */
export async function evaluate<Id extends BuiltInRuleSetId>(ruleSetId: Id, facts: unknown, options: EvaluateOptions = {}): Promise<EvaluationResult<OutcomeOf<Id>>> {
  return evaluateEnglishOnly(ruleSetId, facts, withBundledCatalog(options));
}

/** Evaluates any loaded rule set with json-rules-engine, the reference evaluator. */
export async function evaluateRuleSet<O extends string>(ruleSet: RuleSet<O>, facts: unknown, options: EvaluateOptions = {}): Promise<EvaluationResult<O>> {
  return evaluateRuleSetEnglishOnly(ruleSet, facts, withBundledCatalog(options));
}

/** Runs all six built-in rule sets through json-rules-engine and combines them: the same report as `assessSync`. */
export async function assess(facts: unknown, options: AssessOptions = {}): Promise<AssessmentReport> {
  return assessEnglishOnly(facts, withBundledCatalog(options));
}
