/**
 * Hostile facts: valid facts (random scalar facts plus time, exposures, COWS items) with one hostile value
 * planted anywhere, arbitrary JSON, and numeric facts written as strings.
 */
import fc from 'fast-check';
import { INPUT_FACTS } from '../../src/index.js';
import { randomScalarFactsArb } from '../differential/random-rule-sets.js';
import { hostileValue } from './hostile-values.js';
import { pathsIn, plantAt } from './plant.js';

const richFacts = randomScalarFactsArb.map((facts) => ({
  ...facts,
  lastOpioidUseAt: '2025-03-01',
  opioidExposures: [{ type: 'short-acting', lastUseAt: '2025-03-01T08:00:00-05:00' }],
  naloxoneGivenAt: 'never',
  userTimeZone: 'America/New_York',
  cowsItems: { restingPulse: 1, sweating: 0 },
}));

/** Valid facts with a hostile value in place of one value, or added under one object or list. */
export const plantedFacts: fc.Arbitrary<unknown> = fc.tuple(richFacts, fc.nat(), hostileValue, fc.boolean()).map(([facts, pick, value, add]) => {
  const paths = pathsIn(facts);
  return plantAt(facts, paths[pick % paths.length] ?? [], value, add);
});

const NUMERIC_FACTS = Object.entries(INPUT_FACTS)
  .filter(([, kind]) => kind.kind === 'number')
  .map(([fact]) => fact);

/** A numeric fact given as a string ("5", "1e3", ...), which must never be read as the number. */
export const numberAsString: fc.Arbitrary<{ fact: string; facts: Record<string, unknown> }> = fc
  .tuple(fc.constantFrom(...NUMERIC_FACTS), fc.constantFrom('5', '1e3', '0', '-0', '1', ' 2 ', '0x10'))
  .map(([fact, text]) => ({ fact, facts: { evaluatedAt: '2025-03-15T12:00:00Z', [fact]: text } }));
