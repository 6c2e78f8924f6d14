/**
 * Leaf comparisons with json-rules-engine 7.3's default operator semantics (plus `isUnknown`), specialised
 * once per leaf: the expected value is captured, so evaluating a leaf is one closure call.
 */
import type { LeafCondition } from '../../rule-set/schema.js';

/** A leaf's two-valued comparison of the fact value (at its path) it reads. */
export type Comparison = (actual: unknown) => boolean;

// json-rules-engine's numeric operators first check that the fact value parses as a number; for a number
// that is exactly "not NaN", which skips the string round trip on the hot path.
const numeric = (value: unknown) =>
  typeof value === 'number' ? !Number.isNaN(value) : Number.parseFloat(value as string).toString() !== 'NaN';
const list = (value: unknown) => (Array.isArray(value) ? (value as readonly unknown[]) : []);

/** The comparison a leaf performs, with its expected value bound. */
export function comparisonFor(leaf: LeafCondition): Comparison {
  const expected = leaf.value;
  switch (leaf.operator) {
    case 'equal':
      return (actual) => actual === expected;
    case 'notEqual':
      return (actual) => actual !== expected;
    case 'in': {
      const members = list(expected);
      return (actual) => members.indexOf(actual) > -1;
    }
    case 'notIn': {
      const members = list(expected);
      return (actual) => members.indexOf(actual) === -1;
    }
    case 'lessThan':
      return (actual) => numeric(actual) && (actual as number) < (expected as number);
    case 'lessThanInclusive':
      return (actual) => numeric(actual) && (actual as number) <= (expected as number);
    case 'greaterThan':
      return (actual) => numeric(actual) && (actual as number) > (expected as number);
    case 'greaterThanInclusive':
      return (actual) => numeric(actual) && (actual as number) >= (expected as number);
    case 'isUnknown':
      return (actual) => actual === undefined;
  }
}
