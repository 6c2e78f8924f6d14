/**
 * The asynchronous entry points: the same evaluation through json-rules-engine, the reference evaluator
 * (loaded on first use). Only the main entry exports them.
 */
import { evaluateParsed } from '../evaluate/evaluate-with-engine.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { isBuiltInRuleSetId, type BuiltInRuleSetId, type OutcomeOf } from '../rule-sets/outcomes.js';
import { createEngineSession } from './engine-session.js';
import { isResult, parseOrAnswer, withOverrides, type EvaluateOptions } from './evaluate.js';
import { UnknownRuleSetError } from './evaluation-session.js';

/**
 * Evaluates a built-in rule set.
 * @param ruleSetId - e.g. `"naltrexone-candidacy"`.
 * @param facts - facts in the SPEC §1 vocabulary, including `evaluatedAt`; anything left out is unknown.
 * @throws {@link FactsValidationError} when a fact is invalid; {@link UnknownRuleSetError} for an unknown id.
 */
export async function evaluate<Id extends BuiltInRuleSetId>(
  ruleSetId: Id,
  facts: unknown,
  options: EvaluateOptions = {},
): Promise<EvaluationResult<OutcomeOf<Id>>> {
  if (!isBuiltInRuleSetId(ruleSetId)) throw new UnknownRuleSetError(String(ruleSetId));
  return evaluateRuleSet(withOverrides(ruleSetId, options), facts, options);
}

/**
 * Evaluates any loaded rule set (see {@link loadRuleSet}) with json-rules-engine, the reference evaluator;
 * rule-set outcome facts such as `urgentHelpOutcome` come from the built-in rule sets.
 */
export async function evaluateRuleSet<O extends string>(
  ruleSet: RuleSet<O>,
  facts: unknown,
  options: EvaluateOptions = {},
): Promise<EvaluationResult<O>> {
  const parsed = parseOrAnswer(ruleSet, facts, options);
  return isResult(parsed) ? parsed : evaluateParsed(ruleSet, parsed, createEngineSession(parsed, options).context);
}

