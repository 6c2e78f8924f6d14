/**
 * COWS totals (SPEC §2E): the resting-pulse item from a measured rate, and the lowest and highest totals the
 * recorded items allow when some are missing.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { COWS_ITEM_SCORES, type CowsItemName } from '../facts/vocabulary.js';

/** The COWS resting-pulse score for a rate; fractional rates round up, as SPEC §2E specifies. */
export function pulseScore(bpm: number): 0 | 1 | 2 | 4 {
  const rate = Math.ceil(bpm);
  if (rate <= 80) return 0;
  if (rate <= 100) return 1;
  if (rate <= 120) return 2;
  return 4;
}

/** COWS severity bands of SPEC §2E, mildest first; the scale itself names no band below 5. */
export const COWS_BANDS = ['below-mild-threshold', 'mild', 'moderate', 'moderately-severe', 'severe'] as const;

/** One COWS band. */
export type CowsBand = (typeof COWS_BANDS)[number];

/** The band of a total: 0–4, 5–12, 13–24, 25–36, 37 and above. */
export function bandOf(total: number): CowsBand {
  if (total >= 37) return 'severe';
  if (total >= 25) return 'moderately-severe';
  if (total >= 13) return 'moderate';
  if (total >= 5) return 'mild';
  return 'below-mild-threshold';
}

/** Lowest and highest possible totals, and which items are missing. */
export interface CowsTotals {
  readonly minTotal: number;
  readonly maxTotal: number;
  readonly missingItems: readonly CowsItemName[];
}

/** COWS totals, or undefined when no COWS item (and no pulse) was recorded at all. */
export function cowsTotals(facts: KnownFacts): CowsTotals | undefined {
  const items = { ...facts.cowsItems };
  if (facts.restingPulseBpm !== undefined) {
    // parseFacts has already rejected a rate that contradicts a recorded item score.
    items.restingPulse = pulseScore(facts.restingPulseBpm);
  }
  if (facts.cowsItems === undefined && facts.restingPulseBpm === undefined) return undefined;
  let minTotal = 0;
  let maxTotal = 0;
  const missingItems: CowsItemName[] = [];
  for (const [item, scores] of Object.entries(COWS_ITEM_SCORES) as [CowsItemName, readonly number[]][]) {
    const score = items[item];
    if (score === undefined) {
      missingItems.push(item);
      maxTotal += Math.max(...scores);
    } else {
      minTotal += score;
      maxTotal += score;
    }
  }
  return { minTotal, maxTotal, missingItems };
}
