/**
 * A session on the json-rules-engine path: the synchronous session's settings and derivation, with each
 * built-in rule set evaluated through the engine, once, on first request. Only the async API reaches it.
 */
import { evaluateParsed, type EngineContext } from '../evaluate/evaluate-with-engine.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { BuiltInRuleSetId } from '../rule-sets/outcomes.js';
import { builtInId, createSession, type Session, type SessionOptions } from './evaluation-session.js';

/** A session whose results come from json-rules-engine. */
export interface EngineSession extends Omit<Session, 'context'> {
  readonly context: EngineContext;
  /** A built-in rule set's result through json-rules-engine, evaluated on first request only. */
  readonly resultOf: (id: BuiltInRuleSetId) => Promise<EvaluationResult>;
}

/** Creates an engine-path session for parsed facts. */
export function createEngineSession(facts: KnownFacts, options: SessionOptions): EngineSession {
  const base = createSession(facts, options);
  const pending = new Map<BuiltInRuleSetId, Promise<EvaluationResult>>();
  const evaluationOrder: BuiltInRuleSetId[] = [];
  const resultOf = (id: BuiltInRuleSetId): Promise<EvaluationResult> => {
    let result = pending.get(id);
    if (!result) {
      evaluationOrder.push(id);
      result = evaluateParsed(base.ruleSetFor(id), facts, context);
      pending.set(id, result);
    }
    return result;
  };
  const context: EngineContext = { ...base.context, outcomeOf: async (id) => (await resultOf(builtInId(id))).outcome };
  return { ...base, context, resultOf, evaluationOrder };
}
