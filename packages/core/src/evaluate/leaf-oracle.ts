/**
 * Where a leaf's two-valued result comes from. The reference path reads it from json-rules-engine's
 * annotated tree; the synchronous path computes it directly with the same operator semantics. Three-valued
 * logic, precedence and tracing are shared, so the two paths can only differ in leaf results, and a
 * differential test holds them equal.
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

// json-rules-engine's numeric operators first check that the fact value parses as a number.
const numeric = (value: unknown) => Number.parseFloat(value as string).toString() !== 'NaN';
const list = (value: unknown) => (Array.isArray(value) ? (value as readonly unknown[]) : []);

/** The same operator semantics as json-rules-engine 7.3's defaults, plus `isUnknown`. */
function compare(leaf: LeafCondition, actual: unknown): boolean {
  const expected = leaf.value;
  switch (leaf.operator) {
    case 'equal':
      return actual === expected;
    case 'notEqual':
      return actual !== expected;
    case 'in':
      return list(expected).indexOf(actual) > -1;
    case 'notIn':
      return list(expected).indexOf(actual) === -1;
    case 'lessThan':
      return numeric(actual) && (actual as number) < (expected as number);
    case 'lessThanInclusive':
      return numeric(actual) && (actual as number) <= (expected as number);
    case 'greaterThan':
      return numeric(actual) && (actual as number) > (expected as number);
    case 'greaterThanInclusive':
      return numeric(actual) && (actual as number) >= (expected as number);
    case 'isUnknown':
      return actual === undefined;
  }
}

/** Computes leaf results directly and synchronously. */
export const directOracle: LeafOracle = {
  child: () => directOracle,
  result: compare,
};
