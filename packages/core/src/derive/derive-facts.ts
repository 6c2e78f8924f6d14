/**
 * Computes the derived facts (SPEC §3 and §2E) and the dates a result shows. Pure: time comes only from
 * `evaluatedAt`, and the host's clock and zone are never read.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { parseDateTime } from '../time/rfc3339.js';
import { formatCalendarDate, formatInstant } from '../time/rfc3339.js';
import { firstWholeLocalDate } from '../time/zones.js';
import { cowsTotals, type CowsTotals } from './cows-total.js';
import { naloxoneOrOverdoseRecency } from './event-recency.js';
import { primaryExposureReported, resolveLastUse } from './last-use.js';
import { DAY_MS, waitingWindow, type FentanylPolicy } from './waiting-window.js';

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
  readonly waitingDates?: WaitingDates;
  readonly cows?: CowsTotals;
}

/** Policy choices that change derived facts (SPEC §7). */
export interface DerivationOptions {
  readonly fentanylPolicy: FentanylPolicy;
}

/** Computes every derived fact that does not depend on another rule set. */
export function deriveFacts(facts: KnownFacts, options: DerivationOptions): Derivation {
  const now = parseDateTime(facts.evaluatedAt) ?? Number.NaN;
  const values: Record<string, unknown> = {};
  const lastUse = resolveLastUse(facts, now);
  let waitingDates: WaitingDates | undefined;

  const types = [...(primaryExposureReported(facts) ? [facts.lastOpioidType] : []), ...(facts.opioidExposures ?? []).map((e) => e.type)];
  if (types.includes('depot-buprenorphine')) values['depotBuprenorphineExposure'] = 'yes';
  else if (!types.includes(undefined)) values['depotBuprenorphineExposure'] = 'no';

  if (lastUse.status !== 'unknown') values['lastOpioidUseTiming'] = lastUse.status;
  if (lastUse.status === 'valid') {
    values['daysSinceLastOpioidUse'] = (now - lastUse.latestMs) / DAY_MS;
    // Any depot buprenorphine, dated or not, leaves the window to a clinician (B-N1): no dates at all.
    const depot = values['depotBuprenorphineExposure'] === 'yes';
    const window = depot ? undefined : waitingWindow(lastUse.exposures, facts.fentanylExposure, options.fentanylPolicy);
    if (window) {
      values['waitingPeriodStatus'] =
        now < window.earliestStartMs ? 'before-earliest' : now < window.recommendedStartMs ? 'confirmation-zone' : 'complete';
      const zone = facts.userTimeZone ?? LATEST_DISPLAY_ZONE;
      waitingDates = {
        earliestStartAt: formatInstant(window.earliestStartMs),
        recommendedStartAt: formatInstant(window.recommendedStartMs),
        earliestStartDate: formatCalendarDate(firstWholeLocalDate(window.earliestStartMs, zone)),
        recommendedStartDate: formatCalendarDate(firstWholeLocalDate(window.recommendedStartMs, zone)),
        displayTimeZone: zone,
      };
    }
  }

  const cows = cowsTotals(facts);
  if (cows) values['cowsMinTotal'] = cows.minTotal;

  const recency = naloxoneOrOverdoseRecency(facts, now);
  if (recency !== undefined) values['naloxoneOrOverdoseRecency'] = recency;

  const injection = facts.lastXrNtxInjectionAt === undefined ? undefined : parseDateTime(facts.lastXrNtxInjectionAt);
  if (injection !== undefined) values['daysSinceLastXrNtxInjection'] = (now - injection) / DAY_MS;

  return { values, ...(waitingDates && { waitingDates }), ...(cows && { cows }) };
}
