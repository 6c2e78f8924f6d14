/**
 * evaluate() and parseFacts() never mutate the caller's facts (or options): results are computed from
 * copies, so a deep-frozen input evaluates exactly like a mutable one and is unchanged afterwards.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, englishMessages, evaluate, parseFacts } from '../../src/index.js';
import { deepFreeze, randomFactsArb } from './arbitraries.js';

describe('evaluation never mutates its input', () => {
  it.prop([randomFactsArb(), fc.constantFrom(...BUILT_IN_RULE_SET_IDS), fc.constantFrom('extend' as const, 'label-only' as const)], { numRuns: 150 })(
    'deep-frozen facts give the same result as a mutable copy and stay deep-equal to it',
    async (facts, id, fentanylPolicy) => {
      const pristine = structuredClone(facts);
      const frozen = deepFreeze(structuredClone(facts));
      const options = deepFreeze({ fentanylPolicy, messages: englishMessages });
      const fromFrozen = await evaluate(id, frozen, options);
      const fromMutable = await evaluate(id, facts, { fentanylPolicy });
      expect(frozen).toEqual(pristine);
      expect(facts).toEqual(pristine);
      expect(fromFrozen).toEqual(fromMutable);
    },
  );

  it.prop([randomFactsArb()], { numRuns: 200 })('parseFacts returns new objects and leaves the input untouched', (facts) => {
    const pristine = structuredClone(facts);
    const parsed = parseFacts(deepFreeze(facts));
    expect(facts).toEqual(pristine);
    expect(parsed).not.toBe(facts);
    for (const group of ['cowsItems', 'relapseSigns', 'opioidExposures'] as const) {
      if (parsed[group] !== undefined) expect(parsed[group]).not.toBe(facts[group]);
    }
  });

  it.prop([randomFactsArb()], { numRuns: 100 })('mutating a result does not affect a later evaluation of the same facts', async (facts) => {
    const first = await evaluate('naltrexone-candidacy', facts);
    const snapshot = structuredClone(first);
    (first.firedRules as string[]).push('X');
    (first.missingFacts as string[]).length = 0;
    const second = await evaluate('naltrexone-candidacy', facts);
    expect(second).toEqual(snapshot);
  });
});
