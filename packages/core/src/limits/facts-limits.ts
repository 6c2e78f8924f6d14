/**
 * Fixed bounds on the shape of a caller's facts, checked before the schema parses them (recursing at most
 * `maxDepth` levels, so deep input cannot overflow the stack).
 * The fact vocabulary is fixed, so nothing valid comes near these bounds; they exist so that facts nested a
 * million levels deep, or a gigantic string, end in a FactsValidationError instead of a stack overflow or
 * minutes of work. They are not options: a valid input can never need more.
 */
import type { FactIssue } from '../facts/errors.js';

/** The bounds on facts (docs/limits.md). */
export const FACTS_LIMITS = Object.freeze({
  /** Deepest nesting of objects and lists; valid facts use 3 (`opioidExposures[i].type`). */
  maxDepth: 8,
  /** Longest string or key; the longest valid value is an RFC 3339 date-time or a time-zone name. */
  maxStringLength: 1000,
  /** Most JSON values in total; valid facts hold a few hundred at most. */
  maxValues: 10_000,
});

interface Visit {
  readonly value: unknown;
  readonly path: readonly PropertyKey[];
}

function tooBig(path: readonly PropertyKey[], received: unknown, allowed: string): FactIssue {
  const field = path.map(String).join('.');
  return { field, received, allowed, message: `${field || 'facts'}: ${allowed} (docs/limits.md)` };
}

/** What {@link countWithinLimits} returns when a limit is exceeded. */
const OVER = -1;

/**
 * The number of values counted so far once `value` is counted too, or {@link OVER} when a limit is exceeded;
 * allocates nothing. Whether a limit is exceeded does not depend on the order values are visited, so this
 * answers OVER exactly when {@link findFactsLimitIssues} finds an issue. Recursion is safe: it stops at `maxDepth`.
 */
function countWithinLimits(value: unknown, depth: number, counted: number): number {
  let values = counted + 1;
  if (values > FACTS_LIMITS.maxValues) return OVER;
  if (typeof value === 'string') return value.length <= FACTS_LIMITS.maxStringLength ? values : OVER;
  if (value === null || typeof value !== 'object') return values;
  if (depth >= FACTS_LIMITS.maxDepth) return OVER;
  if (Array.isArray(value) && values + value.length > FACTS_LIMITS.maxValues) return OVER;
  const record = value as Record<string, unknown>;
  // for…in with an own-key filter visits what Object.entries lists, without building the entries.
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (key.length > FACTS_LIMITS.maxStringLength) return OVER;
    values = countWithinLimits(record[key], depth + 1, values);
    if (values === OVER) return OVER;
  }
  return values;
}

/**
 * The first limit `input` exceeds, with its path; walks without recursion, so any depth is safe. Exported
 * for the test that holds it equal to {@link checkFactsLimits}; callers use that.
 * @internal
 */
export function findFactsLimitIssues(input: unknown): FactIssue[] {
  const stack: Visit[] = [{ value: input, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop() as Visit;
    values += 1;
    if (values > FACTS_LIMITS.maxValues) return [tooBig([], undefined, `facts may hold at most ${FACTS_LIMITS.maxValues} values`)];
    if (typeof value === 'string' && value.length > FACTS_LIMITS.maxStringLength) {
      return [tooBig(path, value, `a string of at most ${FACTS_LIMITS.maxStringLength} characters`)];
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= FACTS_LIMITS.maxDepth) return [tooBig(path, undefined, `facts nested at most ${FACTS_LIMITS.maxDepth} levels deep`)];
    // Counted before the children are listed, so a list of a million items costs nothing to refuse.
    if (Array.isArray(value) && values + value.length > FACTS_LIMITS.maxValues) return [tooBig([], undefined, `facts may hold at most ${FACTS_LIMITS.maxValues} values`)];
    for (const [key, child] of Object.entries(value)) {
      if (key.length > FACTS_LIMITS.maxStringLength) return [tooBig(path, undefined, `keys of at most ${FACTS_LIMITS.maxStringLength} characters`)];
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return [];
}

/**
 * The first way `input` exceeds {@link FACTS_LIMITS}, or nothing. Input within the limits (the common case)
 * is checked without allocating; only input over a limit pays for the walk that names the offending path.
 */
export function checkFactsLimits(input: unknown): FactIssue[] {
  return countWithinLimits(input, 0, 0) === OVER ? findFactsLimitIssues(input) : [];
}
