/**
 * Conversions between instants and local calendar time in IANA zones, built only on `Intl` so that the
 * host's own time zone never leaks into a result (SPEC §3, property P11).
 */
import type { CalendarDate } from './rfc3339.js';

/** Local wall-clock fields of an instant in some zone. */
export interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when `zone` is an IANA time-zone name this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// `format` is about twice as fast as `formatToParts`; its en-US shape is checked on every call, and any
// other shape (a different ICU, an unusual year) falls back to the parts.
const EN_US_SHAPE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

// Zones whose offset never changes, by definition (IANA's Etc/GMT±N have inverted signs: Etc/GMT-14 is
// UTC+14). Their wall clock is plain arithmetic, with no Intl call; other names (even fixed ones) use Intl.
const FIXED_ZONE = /^Etc\/GMT([+-])([1-9]|1[0-4])$/;
const fixedOffsets = new Map<string, number | null>();

function fixedOffsetMs(zone: string): number | null {
  let offset = fixedOffsets.get(zone);
  if (offset === undefined) {
    const m = FIXED_ZONE.exec(zone);
    const hours = m ? Number(m[2]) : NaN;
    if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT') offset = 0;
    else if (m && (m[1] === '-' || hours <= 12)) offset = (m[1] === '-' ? 1 : -1) * hours * 3_600_000;
    else offset = null;
    fixedOffsets.set(zone, offset);
  }
  return offset;
}

/** The wall clock in a fixed-offset zone, or undefined outside years 1–9999 (left to Intl, as ever). */
function fixedLocal(epochMs: number, offsetMs: number): LocalDateTime | undefined {
  // The same instant Intl formats (Date truncates), with the same fractional milliseconds as the Intl path.
  const d = new Date(new Date(epochMs).getTime() + offsetMs);
  const year = d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The local wall-clock fields of `epochMs` in `zone`. */
export function toLocal(epochMs: number, zone: string): LocalDateTime {
  const offset = fixedOffsetMs(zone);
  const fixed = offset === null ? undefined : fixedLocal(epochMs, offset);
  if (fixed) return fixed;
  const formatter = formatterFor(zone);
  const date = new Date(epochMs);
  const millisecond = ((epochMs % 1000) + 1000) % 1000;
  const shaped = EN_US_SHAPE.exec(formatter.format(date));
  if (shaped) {
    const [, month, day, year, hour, minute, second] = shaped.map(Number) as number[];
    return { year, month, day, hour, minute, second, millisecond } as LocalDateTime;
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? NaN,
    month: parts['month'] ?? NaN,
    day: parts['day'] ?? NaN,
    hour: parts['hour'] ?? NaN,
    minute: parts['minute'] ?? NaN,
    second: parts['second'] ?? NaN,
    millisecond,
  };
}

/** The wall-clock fields read as if they were UTC, in epoch milliseconds. */
export function wallClockAsUtc(local: LocalDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(local.year, local.month - 1, local.day);
  d.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
  return d.getTime();
}

/**
 * The instant at which clocks in `zone` show `local`. A wall time skipped by a DST jump resolves to the
 * instant just after the jump; a repeated wall time resolves to its later occurrence, the cautious choice
 * for "end of the day of last use".
 */
export function fromLocal(local: LocalDateTime, zone: string): number {
  const target = wallClockAsUtc(local);
  const offsetAt = (instant: number) => wallClockAsUtc(toLocal(instant, zone)) - instant;
  const offsets = new Set([offsetAt(target - DAY_MS), offsetAt(target), offsetAt(target + DAY_MS)]);
  const exact = [...offsets].map((offset) => target - offset).filter((c) => wallClockAsUtc(toLocal(c, zone)) === target);
  if (exact.length > 0) return Math.max(...exact);
  // Skipped wall time: read it with the offset in force before the jump, which lands just after the jump.
  return target - offsetAt(target - DAY_MS);
}

/** The calendar date following `date`. */
export function nextDay(date: CalendarDate): CalendarDate {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + 1);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The first local calendar date in `zone` whose midnight is at or after `epochMs` (SPEC §3 step 3): the UI
 * never shows a date on which any part of the day is still inside a waiting period.
 */
export function firstWholeLocalDate(epochMs: number, zone: string): CalendarDate {
  const local = toLocal(epochMs, zone);
  const date = { year: local.year, month: local.month, day: local.day };
  const atMidnight = local.hour === 0 && local.minute === 0 && local.second === 0 && local.millisecond === 0;
  return atMidnight ? date : nextDay(date);
}
