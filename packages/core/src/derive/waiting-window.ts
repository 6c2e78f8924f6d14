/**
 * Waiting windows (SPEC §2B rule B-1 and §3): per exposure a (lower, upper) number of days, added as
 * elapsed time; across exposures the latest start wins.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import type { ResolvedExposure } from './last-use.js';
import type { TimePolicy } from './time-policy.js';

/** The fentanyl policies of SPEC §3, the default first. */
export const FENTANYL_POLICIES = ['extend', 'label-only'] as const;

/** How fentanyl exposure affects short-acting windows (SPEC §3; a clinician decision, SPEC §7 item 1). */
export type FentanylPolicy = (typeof FENTANYL_POLICIES)[number];

/** Milliseconds in one elapsed day (leap seconds ignored, SPEC §3 step 2). */
export const DAY_MS = 86_400_000;

/** The waiting window in days. */
export interface WindowDays {
  readonly lower: number;
  readonly upper: number;
}

/** The window for one exposure, or undefined when none can be computed (depot buprenorphine). */
export function windowFor(type: ResolvedExposure['type'], fentanyl: KnownFacts['fentanylExposure'], policy: TimePolicy): WindowDays | undefined {
  // The SPEC B-1 table; a type nobody knows gets the longer, cautious window.
  switch (type) {
    case 'depot-buprenorphine':
      return undefined;
    case 'long-acting':
    case undefined:
      return policy.longActingDays;
    case 'short-acting':
      if (fentanyl === 'no') return policy.shortActingDays;
      switch (policy.fentanylPolicy) {
        case 'label-only':
          return policy.shortActingDays;
        case 'extend':
          return policy.longActingDays;
        default:
          return unhandled(policy.fentanylPolicy);
      }
    default:
      return unhandled(type);
  }
}

/** Compile-time exhaustiveness: a new exposure type or policy that no case handles fails to type-check. */
function unhandled(value: never): never {
  throw new Error(`no waiting window for ${JSON.stringify(value)}`);
}

/** Earliest and recommended start instants across exposures. */
export interface WaitingWindow {
  readonly earliestStartMs: number;
  readonly recommendedStartMs: number;
}

/** The latest window across exposures, or undefined when any exposure has no computable window. */
export function waitingWindow(
  exposures: readonly ResolvedExposure[],
  fentanyl: KnownFacts['fentanylExposure'],
  policy: TimePolicy,
): WaitingWindow | undefined {
  let earliestStartMs = -Infinity;
  let recommendedStartMs = -Infinity;
  for (const exposure of exposures) {
    const days = windowFor(exposure.type, fentanyl, policy);
    if (!days) return undefined;
    earliestStartMs = Math.max(earliestStartMs, exposure.lastUseMs + days.lower * DAY_MS);
    recommendedStartMs = Math.max(recommendedStartMs, exposure.lastUseMs + days.upper * DAY_MS);
  }
  return { earliestStartMs, recommendedStartMs };
}
