/** Parses and evaluates one facts text, turning every problem into a {@link Failure} instead of a throw. */
import { evaluate, type BuiltInRuleSetId, type EvaluateOptions, type EvaluationResult } from '@recovery-rules/core';
import { failureOf, type Failure } from './failure.js';
import { parseJson } from './parse-json.js';

/** The result of one input: the core's result as is, or why there is none. */
export type Outcome = { readonly ok: true; readonly result: EvaluationResult } | { readonly ok: false; readonly failure: Failure };

/** Evaluates facts given as JSON text with a built-in rule set. */
export async function evaluateText(ruleSetId: BuiltInRuleSetId, text: string, options: EvaluateOptions): Promise<Outcome> {
  try {
    return { ok: true, result: await evaluate(ruleSetId, parseJson(text), options) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
