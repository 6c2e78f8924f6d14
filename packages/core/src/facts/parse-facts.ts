import { pulseScore } from '../derive/cows-total.js';
import { parseDateTime } from '../time/rfc3339.js';
import { checkFacts } from './check-facts.js';
import { FactsValidationError, type FactIssue } from './errors.js';
import { factIssue as issue } from './fact-issue.js';
import type { KnownFacts } from './known-facts.js';
import { readValidFacts } from './read-valid-facts.js';
import { checkFactsLimits } from '../limits/facts-limits.js';

/** Clock skew tolerated between a reported past event and `evaluatedAt` (SPEC §3 step 1). */
export const CLOCK_SKEW_MS = 5 * 60_000;

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

/**
 * Validates raw facts against SPEC §1 and returns them with unknowns removed.
 * Plainly valid input takes the fast {@link readValidFacts} path; anything else goes to {@link checkFacts},
 * which names the issues. Neither uses zod, so the synchronous entry does not bundle it.
 * @throws {@link FactsValidationError} naming every invalid field, the value received and what is allowed.
 */
export function parseFacts(input: unknown): KnownFacts {
  const overLimits = checkFactsLimits(input);
  if (overLimits.length > 0) throw new FactsValidationError(overLimits);
  const facts = readValidFacts(input) ?? checkFacts(input);
  const contradictions = [...futureEventIssues(input, facts), ...pulseIssues(facts)];
  if (contradictions.length > 0) throw new FactsValidationError(contradictions);
  return facts;
}
