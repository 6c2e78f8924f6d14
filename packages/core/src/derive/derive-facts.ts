/**
 * Computes the derived facts (SPEC §3 and §2E) and the dates a result shows. Pure: time comes only from
 * `evaluatedAt`, and the host's clock and zone are never read.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { parseDateTime } from '../time/rfc3339.js';
import { formatCalendarDate, formatInstant } from '../time/rfc3339.js';
import { firstWholeLocalDate } from '../time/zones.js';
import { bandOf, cowsTotals, type CowsTotals } from './cows-total.js';
import { naloxoneOrOverdoseRecency } from './event-recency.js';
import { primaryExposureReported, resolveLastUse } from './last-use.js';
import type { TimePolicy } from './time-policy.js';
import { DAY_MS, waitingWindow } from './waiting-window.js';

/** The zone whose calendar is furthest ahead: dates are shown in it when the user's zone is unknown (B-TZ). */
export const LATEST_DISPLAY_ZONE = 'Etc/GMT-14';

/** Dates of the waiting window, as instants for logic and local dates for display (SPEC §3 step 5). */
export interface WaitingDates {
  readonly earliestStartAt: string;
  readonly recommendedStartAt: string;
  readonly earliestStartDate: string;
  readonly recommendedStartDate: string;
  /** The zone the display dates are in: the user's, or `Etc/GMT-14` when it is unknown. */
  readonly displayTimeZone: string;
}

/** Derived fact values (known ones only) and the values a result reports. */
export interface Derivation {
  readonly values: Readonly<Record<string, unknown>>;
  /** The waiting window's dates, formatted on first call; undefined when there is no window. */
  readonly waitingDates: (() => WaitingDates) | undefined;
  readonly cows?: CowsTotals;
}

/** Policy choices that change derived facts (SPEC §7). */
export type DerivationOptions = TimePolicy;

function depotExposure(facts: KnownFacts): 'yes' | 'no' | undefined {
  const types = [...(primaryExposureReported(facts) ? [facts.lastOpioidType] : []), ...(facts.opioidExposures ?? []).map((e) => e.type)];
  if (types.includes('depot-buprenorphine')) return 'yes';
  return types.includes(undefined) ? undefined : 'no';
}

/**
 * Whether the person has ever overdosed (F-6). A naloxone rescue is evidence of an overdose even when
 * `lastOverdoseAt` says never; otherwise `lastOverdoseAt` decides, and unknown stays unknown.
 */
function overdoseHistory(facts: KnownFacts): 'yes' | 'no' | undefined {
  const rescued = facts.naloxoneGivenAt !== undefined && facts.naloxoneGivenAt !== 'never';
  if (rescued || (facts.lastOverdoseAt !== undefined && facts.lastOverdoseAt !== 'never')) return 'yes';
  return facts.lastOverdoseAt === 'never' ? 'no' : undefined;
}

/** Facts that need `evaluatedAt`: time since last use, the waiting window, recency of rescues and injections. */
function deriveTimeFacts(
  facts: KnownFacts,
  now: number,
  values: Record<string, unknown>,
  options: DerivationOptions,
): (() => WaitingDates) | undefined {
  const recency = naloxoneOrOverdoseRecency(facts, now, options);
  if (recency !== undefined) values['naloxoneOrOverdoseRecency'] = recency;
  const injection = facts.lastXrNtxInjectionAt === undefined ? undefined : parseDateTime(facts.lastXrNtxInjectionAt);
  if (injection !== undefined) values['daysSinceLastXrNtxInjection'] = (now - injection) / DAY_MS;

  const lastUse = resolveLastUse(facts, now);
  if (lastUse.status !== 'unknown') values['lastOpioidUseTiming'] = lastUse.status;
  if (lastUse.status !== 'valid') return undefined;
  values['daysSinceLastOpioidUse'] = (now - lastUse.latestMs) / DAY_MS;
  // Any depot buprenorphine, dated or not, leaves the window to a clinician (B-N1): no dates at all.
  if (values['depotBuprenorphineExposure'] === 'yes') return undefined;
  const window = waitingWindow(lastUse.exposures, facts.fentanylExposure, options);
  if (!window) return undefined;
  values['waitingPeriodStatus'] =
    now < window.earliestStartMs ? 'before-earliest' : now < window.recommendedStartMs ? 'confirmation-zone' : 'complete';
  const zone = facts.userTimeZone ?? LATEST_DISPLAY_ZONE;
  // Formatting local dates goes through Intl, the costliest step of derivation: done only when read.
  return () => ({
    earliestStartAt: formatInstant(window.earliestStartMs),
    recommendedStartAt: formatInstant(window.recommendedStartMs),
    earliestStartDate: formatCalendarDate(firstWholeLocalDate(window.earliestStartMs, zone)),
    recommendedStartDate: formatCalendarDate(firstWholeLocalDate(window.recommendedStartMs, zone)),
    displayTimeZone: zone,
  });
}

/**
 * Computes every derived fact that does not depend on another rule set. Without `evaluatedAt`, the facts
 * that need the time stay unknown (the evaluator refuses rule sets that read them).
 */
export function deriveFacts(facts: KnownFacts, options: DerivationOptions): Derivation {
  const values: Record<string, unknown> = {};
  const depot = depotExposure(facts);
  if (depot !== undefined) values['depotBuprenorphineExposure'] = depot;
  const history = overdoseHistory(facts);
  if (history !== undefined) values['overdoseHistory'] = history;

  const cows = cowsTotals(facts);
  if (cows) {
    values['cowsMinTotal'] = cows.minTotal;
    values['cowsComplete'] = cows.missingItems.length === 0 ? 'yes' : 'no';
    // A band is known only when every value the missing items could take lands in the same band (E-3).
    if (bandOf(cows.minTotal) === bandOf(cows.maxTotal)) values['cowsBand'] = bandOf(cows.minTotal);
  }

  const now = facts.evaluatedAt === undefined ? undefined : parseDateTime(facts.evaluatedAt);
  const dates = now === undefined ? undefined : deriveTimeFacts(facts, now, values, options);
  let waitingDates: WaitingDates | undefined;
  return {
    values,
    waitingDates: dates && (() => (waitingDates ??= dates())),
    ...(cows && { cows }),
  };
}
