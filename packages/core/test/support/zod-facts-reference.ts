/**
 * The zod path `parseFacts` took before it dropped zod, kept as the test-only reference that the zod-free
 * `checkFacts` must match issue for issue: the facts schema decides, and each zod issue becomes a FactIssue
 * (an unknown-keys issue one per key; a failed group or list that received an object or list reports its
 * first alternative's issues; anything else one issue at its path).
 */
import type * as z from 'zod';
import { FactsValidationError, type FactIssue } from '../../src/facts/errors.js';
import { factIssue, UNKNOWN_KEY_DETAIL, valueAt } from '../../src/facts/fact-issue.js';
import { toKnownFacts, type KnownFacts } from '../../src/facts/known-facts.js';
import { factsSchema } from '../../src/facts/schema.js';

function toIssues(input: unknown, problems: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FactIssue[] {
  return problems.flatMap((problem) => {
    const path = [...prefix, ...problem.path];
    if (problem.code === 'unrecognized_keys') {
      return problem.keys.map((key) => factIssue(input, [...path, key], UNKNOWN_KEY_DETAIL));
    }
    // A group or list may also be "unknown"/null; when an object or list was sent, report what is wrong inside it.
    const received = valueAt(input, path);
    const inner = problem.code === 'invalid_union' && typeof received === 'object' && received !== null ? problem.errors[0] : undefined;
    return inner && inner.length > 0 ? toIssues(input, inner, path) : [factIssue(input, path)];
  });
}

/** The zod schema's verdict on `input`: its known facts, or a FactsValidationError naming its issues. */
export function parseWithSchema(input: unknown): KnownFacts {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) throw new FactsValidationError(toIssues(input, parsed.error.issues));
  return toKnownFacts(parsed.data);
}
