import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockToRfc3339 } from '../../src/sync.js';
import { parseDateTime } from '../../src/time/rfc3339.js';
import { toLocal } from '../../src/time/zones.js';

describe('wallClockToRfc3339', () => {
  it.each([
    ['2026-11-20T22:30', 'America/New_York', '2026-11-20T22:30:00-05:00'],
    ['2026-07-04T09:15:42', 'America/New_York', '2026-07-04T09:15:42-04:00'],
    ['2026-01-10T12:00', 'Asia/Kathmandu', '2026-01-10T12:00:00+05:45'],
    ['2026-01-10T12:00', 'UTC', '2026-01-10T12:00:00+00:00'],
    ['2026-01-10T12:00', 'Etc/GMT+5', '2026-01-10T12:00:00-05:00'],
    // Repeated hours: the later occurrence. Skipped hours: just after the jump.
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T01:30:00-05:00'],
    ['2026-10-25T01:30', 'Europe/London', '2026-10-25T01:30:00+00:00'],
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T03:30:00-04:00'],
    ['2026-03-29T01:15', 'Europe/London', '2026-03-29T02:15:00+01:00'],
  ])('%s in %s is %s', (wallClock, zone, expected) => {
    expect(wallClockToRfc3339(wallClock, zone)).toBe(expected);
  });

  it.each(['2026-11-20', '2026-02-30T10:00', '2026-13-05T10:00', '2026-11-20T24:00', '2026-11-20T10:60', '2026-11-20T10:00Z', ' 2026-11-20T10:00', '0000-01-01T00:00'])(
    'refuses %j instead of guessing',
    (wallClock) => {
      expect(() => wallClockToRfc3339(wallClock, 'UTC')).toThrow(RangeError);
    },
  );

  it('refuses a zone the runtime does not know, and a value that is not a string', () => {
    expect(() => wallClockToRfc3339('2026-11-20T10:00', 'Mars/Olympus_Mons')).toThrow(/not an IANA time zone/);
    for (const value of [20261120, undefined, 'garbage']) {
      expect(() => wallClockToRfc3339(value as unknown as string, 'UTC')).toThrow(/expected a date and time like/);
    }
  });

  it('names the typed wall clock, or a later one, and never an instant before any moment that showed it', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'];
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...zones), (date, zone) => {
        const typed = date.toISOString().slice(0, 16);
        const result = wallClockToRfc3339(typed, zone);
        const instant = parseDateTime(result) ?? NaN;
        const shown = toLocal(instant, zone);
        const shownText = `${String(shown.year).padStart(4, '0')}-${String(shown.month).padStart(2, '0')}-${String(shown.day).padStart(2, '0')}T${String(shown.hour).padStart(2, '0')}:${String(shown.minute).padStart(2, '0')}`;
        expect(result.slice(0, 16)).toBe(shownText);
        expect(shownText >= typed).toBe(true);
        // No later instant within a day shows the typed wall clock (the later occurrence was chosen).
        for (let step = 1; step <= 2 * 60; step += 1) {
          const later = toLocal(instant + step * 60_000, zone);
          const laterText = `${String(later.year).padStart(4, '0')}-${String(later.month).padStart(2, '0')}-${String(later.day).padStart(2, '0')}T${String(later.hour).padStart(2, '0')}:${String(later.minute).padStart(2, '0')}`;
          expect(laterText).not.toBe(typed);
        }
      }),
      { numRuns: 300 },
    );
  });
});
