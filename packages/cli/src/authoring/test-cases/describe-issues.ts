/**
 * Turns zod issues on a test file into messages a clinical author can act on: one problem per unknown key
 * (with the keys allowed there), "is required" for a missing key, and plain words for a wrong type.
 */
import type { z } from 'zod';
import type { PathIssue } from '../file-problems.js';
import { ALLOWED_KEYS } from './schema.js';
import { didYouMean } from './suggest.js';

type Issue = z.core.$ZodIssue;

function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return ALLOWED_KEYS.file;
  if (path.length === 2 && path[0] === 'cases') return ALLOWED_KEYS.case;
  if (path.length === 3 && path[0] === 'cases' && path[2] === 'expect') return ALLOWED_KEYS.expect;
  return [];
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function describeIssue(issue: Issue): PathIssue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown key "${key}"${didYouMean(key, allowed)} (allowed here: ${allowed.join(', ')})`,
    }));
  }
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (!('input' in issue) || issue.input === undefined) {
      return [{ path, message: `"${String(path[path.length - 1] ?? '')}" is required (expected ${expected})` }];
    }
    return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
  }
  return [{ path, message: issue.message }];
}

/** Readable problems for the issues zod found, in document order. */
export function describeIssues(issues: readonly Issue[]): PathIssue[] {
  return issues.flatMap(describeIssue);
}
