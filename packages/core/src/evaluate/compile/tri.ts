/**
 * Kleene truth as a small integer, so compiled conditions combine with `Math.min`-style comparisons and no
 * allocation: false 0, unknown 1, true 2. Then `and` is the minimum, `or` the maximum and `not` is `2 - x`.
 */
import type { Truth } from '../kleene.js';

/** A three-valued truth encoded as 0 (false), 1 (unknown) or 2 (true). */
export type Tri = 0 | 1 | 2;

export const FALSE: Tri = 0;
export const UNKNOWN: Tri = 1;
export const TRUE: Tri = 2;

const NAMES: readonly Truth[] = ['false', 'unknown', 'true'];

/** The public name of an encoded truth. */
export function truthName(value: Tri): Truth {
  return NAMES[value] as Truth;
}
