/**
 * Where a leaf's two-valued result comes from. The reference path reads it from json-rules-engine's
 * annotated tree; the synchronous path computes it directly with the same operator semantics. Three-valued
 * logic, precedence and tracing are shared, so the two paths can only differ in leaf results, and a
 * differential test holds them equal.
 */
import type { LeafCondition } from '../rule-set/schema.js';
import type { AnnotatedCondition } from './run-engine.js';
import { comparisonFor, type Comparison } from './compile/comparison.js';

/** Supplies leaf results for one condition tree. */
export interface LeafOracle {
  /** The oracle for a child node (`all`/`any` index, or `not`). */
  child(key: 'all' | 'any' | 'not', index?: number): LeafOracle;
  /** The two-valued result of a leaf whose fact value (at its path) is `actual`. */
  result(leaf: LeafCondition, actual: unknown): boolean;
}

/** Reads leaf results from json-rules-engine's annotated copy of the condition. */
export function engineOracle(annotated: AnnotatedCondition | undefined): LeafOracle {
  return {
    child(key, index) {
      const value = annotated?.[key];
      const picked = index === undefined ? value : Array.isArray(value) ? value[index] : undefined;
      return engineOracle(picked && typeof picked === 'object' ? (picked as AnnotatedCondition) : undefined);
    },
    result(leaf) {
      const result = annotated?.['result'];
      if (typeof result !== 'boolean') {
        throw new Error(`json-rules-engine did not evaluate the leaf on "${leaf.fact}"; refusing to guess its value`);
      }
      return result;
    },
  };
}

const comparisons = new WeakMap<LeafCondition, Comparison>();

/** Computes leaf results directly and synchronously, with the compiled evaluator's comparisons. */
export const directOracle: LeafOracle = {
  child: () => directOracle,
  result(leaf, actual) {
    let compare = comparisons.get(leaf);
    if (!compare) {
      compare = comparisonFor(leaf);
      comparisons.set(leaf, compare);
    }
    return compare(actual);
  },
};
