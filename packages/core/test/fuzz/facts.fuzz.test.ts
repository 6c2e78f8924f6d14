/**
 * Fuzzing facts: whatever arrives, parseFacts, evaluateSync and assessSync return a result or throw
 * FactsValidationError, quickly, without touching the caller's object or any prototype, and never read a
 * number written as a string.
 */
import { describe, expect, vi } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { assessSync, BUILT_IN_RULE_SET_IDS, evaluateSync, FactsValidationError, parseFacts } from '../../src/index.js';
import { anyJson } from './hostile-values.js';
import { numberAsString, plantedFacts } from './hostile-facts.js';
import { FUZZ_TEST_TIMEOUT_MS, fuzzParams } from './fuzz-settings.js';
import { expectContained, fingerprint } from './guards.js';

const ruleSetId = fc.constantFrom(...BUILT_IN_RULE_SET_IDS);

function everyEntryPoint(facts: unknown, id: (typeof BUILT_IN_RULE_SET_IDS)[number]): void {
  const print = fingerprint(facts);
  const parsed = expectContained(facts, [FactsValidationError], (input) => parseFacts(input), print);
  const result = expectContained(facts, [FactsValidationError], (input) => evaluateSync(id, input), print);
  expectContained(facts, [FactsValidationError], (input) => assessSync(input), print);
  // Facts the parser refuses are never evaluated, except by COWS, which answers invalid items itself.
  if (parsed === undefined && id !== 'cows') expect(result).toBeUndefined();
}

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

describe('facts on hostile input', () => {
  it.prop([anyJson, ruleSetId], fuzzParams(150))('arbitrary JSON as facts', (facts, id) => {
    everyEntryPoint(facts, id);
  });

  it.prop([plantedFacts, ruleSetId], fuzzParams(40))('valid facts with one hostile value planted anywhere', (facts, id) => {
    everyEntryPoint(facts, id);
  });

  it.prop([numberAsString], fuzzParams(40))('a number written as a string is refused, never coerced', ({ fact, facts }) => {
    expect(() => parseFacts(facts)).toThrow(FactsValidationError);
    try {
      parseFacts(facts);
    } catch (error) {
      expect((error as FactsValidationError).issues.map((issue) => issue.field)).toContain(fact);
    }
  });
});
