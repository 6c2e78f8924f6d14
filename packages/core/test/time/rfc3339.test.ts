/** Strict RFC 3339 and calendar-date parsing: month lengths and leap years are exact, invalid dates refused. */
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseDateTime } from '../../src/time/rfc3339.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Month length by the Date object: day 0 of the next month (setUTCFullYear, so years below 100 stay put). */
function referenceDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

describe('month lengths', () => {
  it('match the Gregorian calendar for every month of years 1 to 2800', () => {
    for (let year = 1; year <= 2800; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = referenceDaysInMonth(year, month);
        const date = `${pad(year, 4)}-${pad(month, 2)}`;
        expect(parseCalendarDate(`${date}-${pad(last, 2)}`), `${date}-${last}`).toEqual({ year, month, day: last });
        if (last < 31) expect(parseCalendarDate(`${date}-${pad(last + 1, 2)}`), `${date}-${last + 1}`).toBeUndefined();
      }
    }
  });

  it.each([
    ['2024-02-29T12:00:00Z', Date.UTC(2024, 1, 29, 12)],
    ['2000-02-29T00:00:00.5+01:00', Date.UTC(2000, 1, 28, 23, 0, 0, 500)],
    ['1900-02-29T00:00:00Z', undefined],
    ['2025-02-29T00:00:00Z', undefined],
    ['2025-04-31T00:00:00Z', undefined],
    ['2025-13-01T00:00:00Z', undefined],
  ])('parseDateTime(%s)', (text, expected) => {
    expect(parseDateTime(text)).toBe(expected);
  });
});
