/**
 * Turning what a person types into a form ("2026-11-20T22:30", the value of an HTML `datetime-local`
 * input) into the RFC 3339 instant the SDK needs. Apps need this wherever a time is asked for: a time
 * without an offset is ambiguous, and guessing the offset would silently move waiting-period dates.
 */
import { formatCalendarDate, validDate } from './rfc3339.js';
import { fromLocal, isKnownTimeZone, toLocal, wallClockAsUtc } from './zones.js';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function two(value: number): string {
  return String(value).padStart(2, '0');
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const absolute = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
}

/**
 * The RFC 3339 date-time, with the zone's offset, at which clocks in `timeZone` show `wallClock`
 * (`YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`): "2026-11-20T22:30" in "America/New_York" gives
 * "2026-11-20T22:30:00-05:00".
 *
 * Around daylight-saving changes it resolves times as the SDK does everywhere: a wall time that happens
 * twice means its later occurrence, and one the clocks skipped means the moment just after the jump
 * ("2026-03-08T02:30" in New York gives "2026-03-08T03:30:00-04:00"). Both put a reported last use later,
 * never earlier, so a waiting period can only come out longer.
 * @throws RangeError for anything but a complete, real calendar date and time (nothing is guessed), or a
 *   time zone this runtime does not know.
 */
export function wallClockToRfc3339(wallClock: string, timeZone: string): string {
  const match = typeof wallClock === 'string' ? WALL_CLOCK.exec(wallClock) : null;
  const [year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = 0] = (match?.slice(1) ?? []).map((part) => (part === undefined ? 0 : Number(part)));
  if (match === null || !validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`wallClockToRfc3339: expected a date and time like "2026-11-20T22:30", received ${JSON.stringify(wallClock)}`);
  }
  const local = { year, month, day, hour, minute, second, millisecond: 0 };
  if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`wallClockToRfc3339: ${JSON.stringify(timeZone)} is not an IANA time zone this runtime knows`);
  }
  const instant = fromLocal(local, timeZone);
  const shown = toLocal(instant, timeZone);
  const offset = wallClockAsUtc(shown) - instant;
  return `${formatCalendarDate(shown)}T${two(shown.hour)}:${two(shown.minute)}:${two(shown.second)}${formatOffset(offset)}`;
}
