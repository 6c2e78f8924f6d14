/**
 * The SDK's entry points for evaluation. Every call parses the facts, evaluates the rule set (and the
 * rule sets it reads outcomes from, once each), and returns a typed, explained result.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { FactsValidationError } from '../facts/errors.js';
import { parseFacts } from '../facts/parse-facts.js';
import { invalidInputResult } from '../evaluate/invalid-input-result.js';
import { evaluateParsed } from '../evaluate/evaluate-rule-set.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { builtInRuleSet } from '../rule-sets/built-in.js';
import { isBuiltInRuleSetId, type BuiltInRuleSetId, type OutcomeOf } from '../rule-sets/outcomes.js';
import { createSession, settingsFor, UnknownRuleSetError, type SessionOptions } from './evaluation-session.js';

/** Options for an evaluation: the fentanyl policy, the language and region of messages. */
export type EvaluateOptions = SessionOptions;

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
  return evaluateRuleSet(builtInRuleSet(ruleSetId), facts, options);
}

/**
 * Evaluates any loaded rule set (see {@link loadRuleSet}); rule-set outcome facts such as
 * `urgentHelpOutcome` come from the built-in rule sets.
 */
export async function evaluateRuleSet<O extends string>(
  ruleSet: RuleSet<O>,
  facts: unknown,
  options: EvaluateOptions = {},
): Promise<EvaluationResult<O>> {
  let parsed: KnownFacts;
  try {
    parsed = parseFacts(facts);
  } catch (error) {
    const answered = error instanceof FactsValidationError ? invalidInputResult(ruleSet, facts, error, settingsFor(options)) : undefined;
    if (answered) return answered;
    throw error;
  }
  return evaluateParsed(ruleSet, parsed, createSession(parsed, options).context);
}
