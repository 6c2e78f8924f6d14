/**
 * One evaluation session: the facts, the settings, and a memo so that each built-in rule set is evaluated
 * at most once however many others read its outcome (SPEC cross-rule-set inputs; `assess`).
 */
import { FENTANYL_POLICIES, type FentanylPolicy } from '../derive/waiting-window.js';
import type { EvaluationContext } from '../evaluate/evaluate-rule-set.js';
import { evaluateParsed } from '../evaluate/evaluate-rule-set.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { MessageCatalog } from '../messages/catalog.js';
import { englishMessages } from '../messages/english.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { builtInRuleSet } from '../rule-sets/built-in.js';
import { BUILT_IN_OUTCOMES, isBuiltInRuleSetId, type BuiltInRuleSetId } from '../rule-sets/outcomes.js';

/** Settings shared by `evaluate` and `assess`. */
export interface SessionOptions {
  readonly fentanylPolicy?: FentanylPolicy;
  readonly messages?: MessageCatalog;
}

/** Thrown when a rule-set id is not one the SDK ships. */
export class UnknownRuleSetError extends Error {
  /** Stable machine-readable code. */
  readonly code = 'unknown-rule-set' as const;

  constructor(readonly ruleSetId: string) {
    super(`Unknown rule set "${ruleSetId}". Built-in rule sets: ${Object.keys(BUILT_IN_OUTCOMES).join(', ')}.`);
    this.name = 'UnknownRuleSetError';
  }
}

/** Validated settings; an unknown policy is an error, never a silent default. */
export function settingsFor(options: SessionOptions): { fentanylPolicy: FentanylPolicy; messages: MessageCatalog } {
  const policy = options.fentanylPolicy ?? 'extend';
  if (!FENTANYL_POLICIES.includes(policy)) {
    throw new RangeError(`fentanylPolicy must be "extend" or "label-only", received ${JSON.stringify(policy)}`);
  }
  return { fentanylPolicy: policy, messages: options.messages ?? englishMessages };
}

/** A session's evaluation context and its memoised built-in results. */
export interface Session {
  readonly context: EvaluationContext;
  /** The result of a built-in rule set for the session's facts, evaluated on first request only. */
  readonly resultOf: (id: BuiltInRuleSetId) => Promise<EvaluationResult>;
  /** Built-in rule sets in the order their evaluation started; each appears once. */
  readonly evaluationOrder: readonly BuiltInRuleSetId[];
}

/** Creates a session for parsed facts. */
export function createSession(facts: KnownFacts, options: SessionOptions): Session {
  const memo = new Map<BuiltInRuleSetId, Promise<EvaluationResult>>();
  const evaluationOrder: BuiltInRuleSetId[] = [];
  const resultOf = (id: BuiltInRuleSetId): Promise<EvaluationResult> => {
    let pending = memo.get(id);
    if (!pending) {
      evaluationOrder.push(id);
      pending = evaluateParsed(builtInRuleSet(id) as RuleSet, facts, context);
      memo.set(id, pending);
    }
    return pending;
  };
  const context: EvaluationContext = {
    ...settingsFor(options),
    outcomeOf: async (id) => {
      if (!isBuiltInRuleSetId(id)) throw new UnknownRuleSetError(id);
      return (await resultOf(id)).outcome;
    },
  };
  return { context, resultOf, evaluationOrder };
}
