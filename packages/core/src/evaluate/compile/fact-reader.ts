/**
 * Reads the value a leaf compares: the fact itself, or a plain dotted path inside it (`$.a.b`). A missing
 * step anywhere on the path makes the value unknown; inherited properties are never read.
 */
import type { LeafCondition } from '../../rule-set/schema.js';

/** The fact values an evaluation reads: input facts, derived facts and other rule sets' outcomes. */
export type FactValues = Readonly<Record<string, unknown>>;

/** Reads one leaf's value from fact values; undefined means unknown. */
export type FactReader = (values: FactValues) => unknown;

/**
 * A value as the evaluator reads it: `null` and `"unknown"` mean unknown, like a missing value. Parsed facts
 * never hold either, but `compileRuleSet().decide(values)` takes values nobody validated, and a caller's
 * `null` must never count as a known answer that lets a reassuring outcome through.
 */
export function knownOrUndefined(value: unknown): unknown {
  return value === null || value === 'unknown' ? undefined : value;
}

/** The reader for a leaf, with its path split once. */
export function readerFor(leaf: Pick<LeafCondition, 'fact' | 'path'>): FactReader {
  const { fact } = leaf;
  if (leaf.path === undefined) return (values) => knownOrUndefined(values[fact]);
  const keys = leaf.path.slice(2).split('.');
  return (values) => {
    let current = values[fact];
    for (const key of keys) {
      if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return knownOrUndefined(current);
  };
}
