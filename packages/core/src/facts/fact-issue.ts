/**
 * Builds the {@link FactIssue} for one path of a caller's facts: the value found there, what the fact allows
 * and one sentence combining them. Every facts issue except the size limits is made here, so the wording is
 * the same whichever check found it.
 */
import { describeAllowed } from './describe-allowed.js';
import type { FactIssue } from './errors.js';

/** The value at `path` in `input`, following own properties only; `undefined` when any step is missing. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Longest echo of a received value in a message; the full value stays in `received`. */
const MAX_ECHO = 80;

function abbreviate(text: string): string {
  return text.length <= MAX_ECHO ? text : `${text.slice(0, MAX_ECHO - 1)}…`;
}

/** JSON for a received value; a value JSON cannot hold (a BigInt, a symbol, a function) is named by its type. */
function echo(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? `a ${typeof value}`;
  } catch {
    return `a ${typeof value} that is not JSON`;
  }
}

/** The issue for the fact at `path` of `input`, with an optional `detail` appended in parentheses. */
export function factIssue(input: unknown, path: readonly PropertyKey[], detail?: string): FactIssue {
  const field = path.map(String).join('.');
  const received = valueAt(input, path);
  const allowed = describeAllowed(path);
  const shown = received === undefined ? 'nothing' : abbreviate(echo(received));
  return { field, received, allowed, message: `${field || 'facts'}: received ${shown}; expected ${allowed}${detail ? ` (${detail})` : ''}` };
}

/** Detail of the issue for a key that is not in the vocabulary. */
export const UNKNOWN_KEY_DETAIL = 'not a fact this SDK knows; check the spelling';
