/**
 * Converts a wall-clock date and time typed into a form ("2026-11-20T22:30") into an RFC 3339 instant in a
 * given IANA time zone, which is what the SDK needs: a time without an offset is ambiguous, and guessing the
 * offset silently would move the waiting-period dates.
 *
 * Daylight-saving changes are resolved the way the SDK resolves local times (its `fromLocal`): a wall time
 * that happens twice (clocks going back) means its later occurrence, and a wall time that never happens
 * (clocks going forward) means the moment just after the jump. Both choices put the last use later, never
 * earlier, so a waiting period can only come out longer than the truth, never shorter.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock shown in the zone at an instant, read back as if it were UTC (whole seconds). */
function wallClockAt(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAt(instant, timeZone) - instant;
}

/** The instant at which the zone's clocks show `wall` (a wall clock encoded as if UTC); see the module note. */
function instantOf(wall: number, timeZone: string): number {
  const offsets = new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall, timeZone), offsetAt(wall + DAY_MS, timeZone)]);
  const exact = [...offsets].map((offset) => wall - offset).filter((instant) => wallClockAt(instant, timeZone) === wall);
  if (exact.length > 0) return Math.max(...exact);
  // A skipped wall time, read with the offset in force before the jump, lands just after the jump.
  return wall - offsetAt(wall - DAY_MS, timeZone);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
}

/**
 * "2026-11-20T22:30" in "America/New_York" → "2026-11-20T22:30:00-05:00". The result names the same wall
 * clock as the input except for a time the clocks skipped, which comes out as the local time just after the
 * jump ("2026-03-08T02:30" in New York → "2026-03-08T03:30:00-04:00"). Throws on anything that is not a
 * complete wall-clock value, so a half-typed time is never passed on as a guess.
 */
export function wallClockToRfc3339(wallClock: string, timeZone: string): string {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) throw new RangeError(`Expected a date and time like 2026-11-20T22:30, got ${JSON.stringify(wallClock)}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const instant = instantOf(Date.UTC(year, month - 1, day, hour, minute), timeZone);
  const local = new Date(wallClockAt(instant, timeZone));
  const date = `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:00`;
  return `${date}T${time}${formatOffset(offsetAt(instant, timeZone))}`;
}
