/**
 * Resolves every reported time of last opioid use to an instant (SPEC §3 step 1): a date-only value is the
 * end of that local day, read in the user's zone or, when the zone is unknown, in UTC−12 (the latest that
 * day can end anywhere).
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { CLOCK_SKEW_MS } from '../facts/parse-facts.js';
import { parseCalendarDate, parseDateTime } from '../time/rfc3339.js';
import { fromLocal } from '../time/zones.js';

/** The zone whose day ends last: used to read a date-only value when the user's zone is unknown. */
export const LATEST_DAY_END_ZONE = 'Etc/GMT+12';

/** One opioid exposure with its last use resolved to an instant. */
export interface ResolvedExposure {
  readonly type?: 'short-acting' | 'long-acting' | 'depot-buprenorphine';
  readonly lastUseMs: number;
}

/** Every exposure resolved, or why last use cannot be used. */
export type LastUse =
  | { readonly status: 'unknown' }
  | { readonly status: 'in-future' }
  | { readonly status: 'valid'; readonly exposures: readonly ResolvedExposure[]; readonly latestMs: number };

function toInstant(text: string, zone: string | undefined): number | undefined {
  const instant = parseDateTime(text);
  if (instant !== undefined) return instant;
  const date = parseCalendarDate(text);
  if (!date) return undefined;
  return fromLocal({ ...date, hour: 23, minute: 59, second: 59, millisecond: 999 }, zone ?? LATEST_DAY_END_ZONE);
}

/**
 * Whether `lastOpioidUseAt` / `lastOpioidType` describe an exposure. With `opioidExposures` given and both left
 * out, the list stands alone; otherwise the pair is one exposure, even with either half unknown.
 */
export function primaryExposureReported(facts: KnownFacts): boolean {
  return facts.lastOpioidUseAt !== undefined || facts.lastOpioidType !== undefined || (facts.opioidExposures ?? []).length === 0;
}

/** Resolves `lastOpioidUseAt` (typed by `lastOpioidType`) and every `opioidExposures` entry. */
export function resolveLastUse(facts: KnownFacts, evaluatedAtMs: number): LastUse {
  const exposures = facts.opioidExposures ?? [];
  // A reported type without a time still counts: its use may be the latest, so last use is then unknown.
  const reported: { readonly type?: ResolvedExposure['type'] | undefined; readonly lastUseAt?: string | undefined }[] = [];
  if (primaryExposureReported(facts)) reported.push({ type: facts.lastOpioidType, lastUseAt: facts.lastOpioidUseAt });
  for (const exposure of exposures) reported.push(exposure);
  if (reported.length === 0) return { status: 'unknown' };
  const resolved: ResolvedExposure[] = [];
  let latestMs = -Infinity;
  for (const { type, lastUseAt } of reported) {
    const lastUseMs = lastUseAt === undefined ? undefined : toInstant(lastUseAt, facts.userTimeZone);
    if (lastUseMs === undefined) return { status: 'unknown' };
    resolved.push(type === undefined ? { lastUseMs } : { type, lastUseMs });
    latestMs = Math.max(latestMs, lastUseMs);
  }
  if (latestMs > evaluatedAtMs + CLOCK_SKEW_MS) return { status: 'in-future' };
  return { status: 'valid', exposures: resolved, latestMs };
}
