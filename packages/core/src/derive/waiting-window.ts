/**
 * Waiting windows (SPEC §2B rule B-1 and §3): per exposure a (lower, upper) number of days, added as
 * elapsed time; across exposures the latest start wins.
 */
import { match, P } from 'ts-pattern';
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
  return match([type, fentanyl, policy.fentanylPolicy] as const)
    .with(['depot-buprenorphine', P._, P._], () => undefined)
    .with(['short-acting', 'no', P._], ['short-acting', P._, 'label-only'], () => policy.shortActingDays)
    .with(['short-acting', P._, 'extend'], ['long-acting', P._, P._], [undefined, P._, P._], () => policy.longActingDays)
    .exhaustive();
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
