/**
 * How recent the latest naloxone rescue or overdose was (rules C-E5 and C-U10). An unknown event makes the
 * recency unknown unless a known event already falls in the most recent band.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import { parseDateTime } from '../time/rfc3339.js';
import { DAY_MS } from './waiting-window.js';

/** The recency bands of SPEC §2C: 24 h (C-E5) and 30 d (C-U10); both windows come from the time policy. */
export type EventRecency = 'within-24-hours' | 'within-30-days' | 'older' | 'none';

/** Recency of the latest naloxone rescue or overdose, or undefined when it cannot be known. */
export function naloxoneOrOverdoseRecency(
  facts: KnownFacts,
  evaluatedAtMs: number,
  windows: { readonly rescueWindowHours: number; readonly rescueFollowUpDays: number },
): EventRecency | undefined {
  const events = [facts.naloxoneGivenAt, facts.lastOverdoseAt];
  const elapsed = events
    .filter((e): e is string => e !== undefined && e !== 'never')
    .map((e) => evaluatedAtMs - (parseDateTime(e) ?? Number.NaN));
  const newest = elapsed.length > 0 ? Math.min(...elapsed) : undefined;
  if (newest !== undefined && newest <= windows.rescueWindowHours * 3_600_000) return 'within-24-hours';
  if (events.includes(undefined)) return undefined;
  if (newest === undefined) return 'none';
  return newest <= windows.rescueFollowUpDays * DAY_MS ? 'within-30-days' : 'older';
}
