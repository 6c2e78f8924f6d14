import type * as z from 'zod';
import { pulseScore } from '../derive/cows-total.js';
import { parseDateTime } from '../time/rfc3339.js';
import { describeAllowed } from './describe-allowed.js';
import { FactsValidationError, type FactIssue } from './errors.js';
import { toKnownFacts, type KnownFacts } from './known-facts.js';
import { readValidFacts } from './read-valid-facts.js';
import { factsSchema } from './schema.js';
import { checkFactsLimits } from '../limits/facts-limits.js';

/** Clock skew tolerated between a reported past event and `evaluatedAt` (SPEC §3 step 1). */
export const CLOCK_SKEW_MS = 5 * 60_000;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
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

function issue(input: unknown, path: readonly PropertyKey[], detail?: string): FactIssue {
  const field = path.map(String).join('.');
  const received = valueAt(input, path);
  const allowed = describeAllowed(path);
  const shown = received === undefined ? 'nothing' : abbreviate(echo(received));
  return { field, received, allowed, message: `${field || 'facts'}: received ${shown}; expected ${allowed}${detail ? ` (${detail})` : ''}` };
}

function toIssues(input: unknown, problems: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FactIssue[] {
  return problems.flatMap((problem) => {
    const path = [...prefix, ...problem.path];
    if (problem.code === 'unrecognized_keys') {
      return problem.keys.map((key) => issue(input, [...path, key], 'not a fact this SDK knows; check the spelling'));
    }
    // A group or list may also be "unknown"/null; when an object or list was sent, report what is wrong inside it.
    const received = valueAt(input, path);
    const inner = problem.code === 'invalid_union' && typeof received === 'object' && received !== null ? problem.errors[0] : undefined;
    return inner && inner.length > 0 ? toIssues(input, inner, path) : [issue(input, path)];
  });
}

function pulseIssues(facts: KnownFacts): FactIssue[] {
  const bpm = facts.restingPulseBpm;
  const item = facts.cowsItems?.restingPulse;
  if (bpm === undefined || item === undefined || pulseScore(bpm) === item) return [];
  return [
    {
      field: 'restingPulseBpm',
      received: bpm,
      allowed: `a rate that scores ${item} like cowsItems.restingPulse, or only one of the two`,
      message: `restingPulseBpm: received ${bpm}, which scores ${pulseScore(bpm)}, but cowsItems.restingPulse is ${item}; give one or make them agree`,
    },
  ];
}

const FUTURE_CHECKED = ['naloxoneGivenAt', 'lastOverdoseAt', 'lastXrNtxInjectionAt'] as const;

function futureEventIssues(input: unknown, facts: KnownFacts): FactIssue[] {
  if (facts.evaluatedAt === undefined) return [];
  const now = parseDateTime(facts.evaluatedAt) ?? 0;
  return FUTURE_CHECKED.flatMap((field) => {
    const at = facts[field];
    const instant = at === undefined || at === 'never' ? undefined : parseDateTime(at);
    return instant !== undefined && instant > now + CLOCK_SKEW_MS
      ? [issue(input, [field], 'this is later than evaluatedAt; a past event cannot be in the future')]
      : [];
  });
}

/** The reference path: the zod schema decides, and names every issue when the input is invalid. */
export function parseWithSchema(input: unknown): KnownFacts {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) throw new FactsValidationError(toIssues(input, parsed.error.issues));
  return toKnownFacts(parsed.data);
}

/**
 * Validates raw facts against SPEC §1 and returns them with unknowns removed.
 * Valid input takes the zod-free {@link readValidFacts} path; anything else is decided by the schema, whose
 * issues are the ones reported.
 * @throws {@link FactsValidationError} naming every invalid field, the value received and what is allowed.
 */
export function parseFacts(input: unknown): KnownFacts {
  const overLimits = checkFactsLimits(input);
  if (overLimits.length > 0) throw new FactsValidationError(overLimits);
  const facts = readValidFacts(input) ?? parseWithSchema(input);
  const contradictions = [...futureEventIssues(input, facts), ...pulseIssues(facts)];
  if (contradictions.length > 0) throw new FactsValidationError(contradictions);
  return facts;
}
