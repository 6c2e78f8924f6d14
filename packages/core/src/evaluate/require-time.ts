import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import { FactsValidationError } from '../facts/errors.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { RuleSet } from '../rule-set/rule-set.js';

/** True when a rule set reads any fact computed from `evaluatedAt`. */
export function readsTime(ruleSet: RuleSet): boolean {
  return [...ruleSet.referencedFacts].some(
    (fact) => Object.hasOwn(DERIVED_FACTS, fact) && 'needsEvaluatedAt' in DERIVED_FACTS[fact as keyof typeof DERIVED_FACTS],
  );
}

/**
 * Refuses to evaluate a rule set that reads time without `evaluatedAt`: the SDK never reads the clock, so
 * the caller must say when "now" is.
 */
export function requireTimeIfRead(ruleSet: RuleSet, facts: KnownFacts): void {
  if (facts.evaluatedAt !== undefined || !readsTime(ruleSet)) return;
  throw new FactsValidationError([
    {
      field: 'evaluatedAt',
      received: undefined,
      allowed: 'an RFC 3339 date-time with an offset, e.g. 2025-03-15T12:00:00Z',
      message: `evaluatedAt: received nothing; the ${ruleSet.id} rule set works with elapsed time, so it needs the moment of evaluation (the SDK never reads the clock)`,
    },
  ]);
}
