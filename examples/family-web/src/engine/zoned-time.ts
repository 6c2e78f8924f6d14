/**
 * Converts a wall-clock date and time typed into a form ("2026-11-20T22:30") into an RFC 3339 instant in a
 * given IANA time zone, which is what the SDK needs: a time without an offset is ambiguous, and guessing the
 * offset silently would move the waiting-period dates.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * "2026-11-20T22:30" in "America/New_York" → "2026-11-20T22:30:00-05:00". Throws on anything that is not a
 * complete wall-clock value, so a half-typed time is never passed on as a guess.
 */
export function wallClockToRfc3339(wallClock: string, timeZone: string): string {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) throw new RangeError(`Expected a date and time like 2026-11-20T22:30, got ${JSON.stringify(wallClock)}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset on either side of a daylight-saving change.
  const firstGuess = asIfUtc - offsetAt(asIfUtc, timeZone);
  const offset = offsetAt(firstGuess, timeZone);
  return `${wallClock}:00${formatOffset(offset)}`;
}
