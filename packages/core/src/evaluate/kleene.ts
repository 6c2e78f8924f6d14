/**
 * Three-valued (Kleene) logic, the safety core of evaluation (design.md): a fact nobody knows makes its
 * comparison `unknown`, and unknown only disappears when the rest of the condition decides the answer.
 */

/** A truth value of three-valued logic. */
export type Truth = 'true' | 'false' | 'unknown';

/** Kleene conjunction: false if any is false, else unknown if any is unknown, else true (true when empty). */
export function and(values: readonly Truth[]): Truth {
  if (values.includes('false')) return 'false';
  return values.includes('unknown') ? 'unknown' : 'true';
}

/** Kleene disjunction: true if any is true, else unknown if any is unknown, else false (false when empty). */
export function or(values: readonly Truth[]): Truth {
  if (values.includes('true')) return 'true';
  return values.includes('unknown') ? 'unknown' : 'false';
}

/** Kleene negation: `not unknown` is unknown. */
export function not(value: Truth): Truth {
  if (value === 'unknown') return 'unknown';
  return value === 'true' ? 'false' : 'true';
}

/** Converts a two-valued result. */
export function fromBoolean(value: boolean): Truth {
  return value ? 'true' : 'false';
}
