/**
 * The comparison operators a rule may use: json-rules-engine's built-ins plus `isUnknown`, the only leaf that
 * is never itself unknown (it asks whether a fact is missing).
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'isUnknown',
] as const;

/** One operator name. */
export type Operator = (typeof OPERATORS)[number];

/** Operators that compare a number against a number. */
export const NUMERIC_OPERATORS: ReadonlySet<Operator> = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

/** Operators that compare against a list of values. */
export const LIST_OPERATORS: ReadonlySet<Operator> = new Set(['in', 'notIn']);
