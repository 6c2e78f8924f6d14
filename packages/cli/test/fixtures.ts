/** Facts used across the CLI tests, taken from the SPEC vectors' baselines so they stay valid. */
import { loadVectors } from '../../core/test/vectors/load-vectors.js';

function factsOf(id: string): Record<string, unknown> {
  const vector = loadVectors().find((v) => v.id === id);
  if (!vector) throw new Error(`no vector ${id}`);
  return vector.facts;
}

/** A candidate for whom nothing rules naltrexone out (vector A01). */
export const eligibleFacts = (): Record<string, unknown> => factsOf('A01');

/** Facts with one invalid field: an age outside 0–120. */
export const invalidAgeFacts = (): Record<string, unknown> => ({ ...eligibleFacts(), ageYears: 130 });
