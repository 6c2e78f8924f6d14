/**
 * The time windows of SPEC §3 and §2C that a clinician may tune (SPEC §7 items 1, 2 and 5): the fentanyl
 * policy, the waiting windows in days, and the rescue windows of C-E5 (24 h) and C-U10 (30 d). Every
 * result states the policy that produced it.
 */
import type { FentanylPolicy } from './waiting-window.js';

/** A waiting window in whole or fractional days: the earliest start (lower) and the usual start (upper). */
export interface DayWindow {
  readonly lower: number;
  readonly upper: number;
}

/** Every time policy in force for an evaluation. */
export interface TimePolicy {
  readonly fentanylPolicy: FentanylPolicy;
  /** Short-acting opioids without fentanyl (or under the label-only policy): 7–10 days by default. */
  readonly shortActingDays: DayWindow;
  /** Long-acting opioids, unknown types, and short-acting with possible fentanyl under "extend": 10–14 days. */
  readonly longActingDays: DayWindow;
  /** A naloxone rescue or overdose this recent, without medical evaluation, is an emergency (C-E5): 24 h. */
  readonly rescueWindowHours: number;
  /** A rescue or overdose this recent needs same-day reconnection with care (C-U10): 30 days. */
  readonly rescueFollowUpDays: number;
}

/** The SPEC defaults. */
export const DEFAULT_TIME_POLICY: TimePolicy = Object.freeze({
  fentanylPolicy: 'extend',
  shortActingDays: Object.freeze({ lower: 7, upper: 10 }),
  longActingDays: Object.freeze({ lower: 10, upper: 14 }),
  rescueWindowHours: 24,
  rescueFollowUpDays: 30,
});

/** Overrides of the time windows; anything left out keeps the SPEC default. */
export interface TimeWindowOverrides {
  readonly shortActingDays?: DayWindow;
  readonly longActingDays?: DayWindow;
  readonly rescueWindowHours?: number;
  readonly rescueFollowUpDays?: number;
}

function inRange(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`timeWindows.${name} must be a number from ${min} to ${max}, received ${JSON.stringify(value)}`);
  }
  return value;
}

function window(name: string, value: DayWindow | undefined, fallback: DayWindow): DayWindow {
  if (value === undefined) return fallback;
  const lower = inRange(`${name}.lower`, value.lower, 1, 60);
  const upper = inRange(`${name}.upper`, value.upper, 1, 60);
  if (lower > upper) throw new RangeError(`timeWindows.${name}: lower (${lower}) must not exceed upper (${upper})`);
  return { lower, upper };
}

/** Validates overrides (never silently clamped) and returns the policy in force. */
export function resolveTimePolicy(fentanylPolicy: FentanylPolicy, overrides: TimeWindowOverrides = {}): TimePolicy {
  const hours = overrides.rescueWindowHours === undefined ? DEFAULT_TIME_POLICY.rescueWindowHours : inRange('rescueWindowHours', overrides.rescueWindowHours, 1, 72);
  const days = overrides.rescueFollowUpDays === undefined ? DEFAULT_TIME_POLICY.rescueFollowUpDays : inRange('rescueFollowUpDays', overrides.rescueFollowUpDays, 1, 90);
  if (hours / 24 > days) throw new RangeError('timeWindows.rescueWindowHours must not be longer than rescueFollowUpDays');
  return {
    fentanylPolicy,
    shortActingDays: window('shortActingDays', overrides.shortActingDays, DEFAULT_TIME_POLICY.shortActingDays),
    longActingDays: window('longActingDays', overrides.longActingDays, DEFAULT_TIME_POLICY.longActingDays),
    rescueWindowHours: hours,
    rescueFollowUpDays: days,
  };
}
