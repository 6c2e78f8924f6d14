import { expect } from 'vitest';
import type { Vector } from './load-vectors.js';

/** Keys of `expected` compared exactly (SPEC §5); outcome too. ruleIds and missing are subset checks. */
const EXACT_KEYS = ['earliestStartAt', 'recommendedStartAt', 'earliestStartDate', 'recommendedStartDate', 'total'];

/** Asserts a result (from the API or the CLI) meets a vector as SPEC §5 defines. */
export function expectVector(vector: Vector, result: Record<string, unknown>): void {
  const label = `${vector.id} (${vector.note || 'no note'})`;
  expect(result['outcome'], label).toBe(vector.expected.outcome);
  expect(result['firedRules'], label).toEqual(expect.arrayContaining(vector.expected.ruleIds ?? []));
  expect(result['missingFacts'], label).toEqual(expect.arrayContaining(vector.expected.missing ?? []));
  for (const key of EXACT_KEYS) {
    if (key in vector.expected) expect(result[key], `${label}: ${key}`).toEqual(vector.expected[key]);
  }
}
