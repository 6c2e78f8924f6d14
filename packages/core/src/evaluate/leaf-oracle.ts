/**
 * Where a leaf's two-valued result comes from on the reference path: json-rules-engine's annotated tree.
 * The compiled path (compile/) computes leaves itself; a differential test holds the two equal.
 */
import type { LeafCondition } from '../rule-set/schema.js';
import type { AnnotatedCondition } from './run-engine.js';

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
