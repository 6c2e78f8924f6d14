/**
 * Compares an evaluation result with a case's expectation and describes each difference in words, e.g.
 * `outcome: expected not-yet, got eligible` or `firedRules: missing A-W2 (fired: A-E1)`.
 */
import type { EvaluationResult } from '@recovery-rules/core';
import type { Expectation } from './schema.js';

/** One expectation the result did not meet. */
export interface Mismatch {
  /** The expectation's key, e.g. `firedRules`. */
  readonly field: keyof Expectation;
  /** What differs, e.g. `expected not-yet, got eligible`. */
  readonly message: string;
}

const listed = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'none');
const shown = (value: string | number | null | undefined) => (value === undefined || value === null ? '(none)' : String(value));

/** Names in `expected` that `actual` lacks, as a mismatch message, or undefined when all are there. */
function missingFrom(expected: readonly string[] | undefined, actual: readonly string[], what: string): string | undefined {
  const missing = (expected ?? []).filter((id) => !actual.includes(id));
  return missing.length > 0 ? `missing ${missing.join(', ')} (${what}: ${listed(actual)})` : undefined;
}

function sameInstant(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && Date.parse(expected) === Date.parse(actual);
}

/** Every way `result` differs from `expect`, in the order the expectation's keys are documented. */
export function compareResult(expect: Expectation, result: EvaluationResult): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const add = (field: keyof Expectation, message: string | undefined) => {
    if (message !== undefined) mismatches.push({ field, message });
  };
  if (result.outcome !== expect.outcome) add('outcome', `expected ${expect.outcome}, got ${result.outcome}`);
  add('firedRules', missingFrom(expect.firedRules, result.firedRules, 'fired'));
  const unwanted = (expect.notFiredRules ?? []).filter((id) => result.firedRules.includes(id));
  if (unwanted.length > 0) add('notFiredRules', `${unwanted.join(', ')} fired but should not have (fired: ${listed(result.firedRules)})`);
  add('missingFacts', missingFrom(expect.missingFacts, result.missingFacts, 'reported missing'));
  add('flags', missingFrom(expect.flags, result.flags, 'raised'));
  for (const key of ['earliestStartDate', 'recommendedStartDate'] as const) {
    const expected = expect[key];
    if (expected !== undefined && (expected ?? undefined) !== result[key]) add(key, `expected ${shown(expected)}, got ${shown(result[key])}`);
  }
  for (const key of ['earliestStartAt', 'recommendedStartAt'] as const) {
    const expected = expect[key];
    if (expected === undefined) continue;
    const matches = expected === null ? result[key] === undefined : sameInstant(expected, result[key]);
    if (!matches) add(key, `expected ${shown(expected)}, got ${shown(result[key])}`);
  }
  if (expect.total !== undefined && (expect.total ?? undefined) !== result.total) add('total', `expected ${shown(expect.total)}, got ${shown(result.total)}`);
  return mismatches;
}
