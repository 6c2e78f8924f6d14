/**
 * The SDK's entry points for evaluation. Every call parses the facts, evaluates the rule set (and the
 * rule sets it reads outcomes from, once each), and returns a typed, explained result.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { FactsValidationError } from '../facts/errors.js';
import { parseFacts } from '../facts/parse-facts.js';
import { invalidInputResult } from '../evaluate/invalid-input-result.js';
import { evaluateParsedSync } from '../evaluate/evaluate-rule-set.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { builtInRuleSet, builtInRuleSetWithParameters } from '../rule-sets/built-in.js';
import { isBuiltInRuleSetId, type BuiltInRuleSetId, type OutcomeOf } from '../rule-sets/outcomes.js';
import { createSession, settingsFor, UnknownRuleSetError, type SessionOptions } from './evaluation-session.js';

/** Options for an evaluation: the fentanyl policy, the language and region of messages. */
export type EvaluateOptions = SessionOptions;

/** The built-in rule set with the caller's parameter overrides for it, if any. */
export function withOverrides<Id extends BuiltInRuleSetId>(id: Id, options: EvaluateOptions): RuleSet<OutcomeOf<Id>> {
  const own = options.parameters?.[id];
  if (!own || Object.keys(own).length === 0) return builtInRuleSet(id);
  return builtInRuleSetWithParameters(id, own);
}

/** Parses facts, or returns the rule set's own answer to invalid input (COWS), or throws. */
export function parseOrAnswer<O extends string>(ruleSet: RuleSet<O>, facts: unknown, options: EvaluateOptions): KnownFacts | EvaluationResult<O> {
  try {
    return parseFacts(facts);
  } catch (error) {
    const answered = error instanceof FactsValidationError ? invalidInputResult(ruleSet, facts, error, settingsFor(options)) : undefined;
    if (answered) return answered;
    throw error;
  }
}

/** True when {@link parseOrAnswer} answered with a result instead of facts. */
export const isResult = <O extends string>(value: KnownFacts | EvaluationResult<O>): value is EvaluationResult<O> => 'outcome' in value;

/**
 * Evaluates a built-in rule set synchronously: no promise, no engine, no I/O, so an app can call it on
 * the emergency path, in a render, or on a phone's main thread. Results equal `evaluate`'s (a
 * differential test holds the two paths equal).
 * @throws {@link FactsValidationError} when a fact is invalid; {@link UnknownRuleSetError} for an unknown id.
 */
export function evaluateSync<Id extends BuiltInRuleSetId>(ruleSetId: Id, facts: unknown, options: EvaluateOptions = {}): EvaluationResult<OutcomeOf<Id>> {
  if (!isBuiltInRuleSetId(ruleSetId)) throw new UnknownRuleSetError(String(ruleSetId));
  return evaluateRuleSetSync(withOverrides(ruleSetId, options), facts, options);
}

/** Evaluates any loaded rule set synchronously (see {@link evaluateSync}). */
export function evaluateRuleSetSync<O extends string>(ruleSet: RuleSet<O>, facts: unknown, options: EvaluateOptions = {}): EvaluationResult<O> {
  const parsed = parseOrAnswer(ruleSet, facts, options);
  return isResult(parsed) ? parsed : evaluateParsedSync(ruleSet, parsed, createSession(parsed, options).context);
}
