/**
 * Local calendar time in IANA zones (SPEC §3 step 4): DST jumps, repeated hours and the extreme fixed zones
 * Etc/GMT+12 (UTC−12) and Etc/GMT-14 (UTC+14). Only Intl is used, so the host zone never matters.
 */
import { describe, expect, it } from 'vitest';
import { firstWholeLocalDate, fromLocal, isKnownTimeZone, nextDay, toLocal, type LocalDateTime } from '../../src/time/zones.js';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const ms = (iso: string) => Date.parse(iso);
const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): LocalDateTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond,
});

describe('toLocal', () => {
  it.each([
    // America/New_York spring-forward 2025-03-09: 01:59:59.999 EST is followed by 03:00 EDT.
    ['2025-03-09T06:59:59.999Z', NY, wall(2025, 3, 9, 1, 59, 59, 999)],
    ['2025-03-09T07:00:00.000Z', NY, wall(2025, 3, 9, 3, 0, 0, 0)],
    // Fall-back 2025-11-02: 01:30 happens twice, at 05:30Z (EDT) and 06:30Z (EST).
    ['2025-11-02T05:30:00.000Z', NY, wall(2025, 11, 2, 1, 30)],
    ['2025-11-02T06:30:00.000Z', NY, wall(2025, 11, 2, 1, 30)],
    ['2025-11-02T04:00:00.000Z', NY, wall(2025, 11, 2, 0, 0)],
    // Europe/London: BST starts 2025-03-30 01:00Z, ends 2025-10-26 01:00Z.
    ['2025-03-30T00:59:59.999Z', LONDON, wall(2025, 3, 30, 0, 59, 59, 999)],
    ['2025-03-30T01:00:00.000Z', LONDON, wall(2025, 3, 30, 2, 0, 0, 0)],
    ['2025-10-26T00:30:00.000Z', LONDON, wall(2025, 10, 26, 1, 30)],
    ['2025-10-26T01:30:00.000Z', LONDON, wall(2025, 10, 26, 1, 30)],
    // The extreme fixed zones: the POSIX-style sign is inverted in Etc names.
    ['2025-03-15T12:00:00.000Z', 'Etc/GMT+12', wall(2025, 3, 15, 0, 0)],
    ['2025-03-15T12:00:00.000Z', 'Etc/GMT-14', wall(2025, 3, 16, 2, 0)],
    ['2025-12-31T10:00:00.000Z', 'Etc/GMT-14', wall(2026, 1, 1, 0, 0)],
    ['2025-01-01T11:59:59.999Z', 'Etc/GMT+12', wall(2024, 12, 31, 23, 59, 59, 999)],
  ])('%s in %s', (instant, zone, expected) => {
    expect(toLocal(ms(instant), zone)).toEqual(expected);
  });

  it('reads a year the fast en-US pattern does not cover (three digits) through the parts', () => {
    expect(toLocal(Date.UTC(999, 5, 1, 12) - 0, 'UTC')).toEqual(wall(999, 6, 1, 12, 0));
    expect(toLocal(ms('0999-06-01T12:00:00Z'), NY)).toMatchObject({ year: 999, month: 6, day: 1, hour: 7 });
  });

  it('reads midnight as hour 0, never 24', () => {
    expect(toLocal(ms('2025-03-15T00:00:00Z'), 'UTC').hour).toBe(0);
    expect(toLocal(ms('2025-03-15T04:00:00Z'), NY)).toMatchObject({ day: 15, hour: 0 });
    expect(toLocal(ms('2025-01-15T05:00:00Z'), NY)).toMatchObject({ day: 15, hour: 0 });
  });

  it('keeps milliseconds for instants before 1970', () => {
    expect(toLocal(ms('1969-12-31T23:59:59.250Z'), 'UTC')).toEqual(wall(1969, 12, 31, 23, 59, 59, 250));
  });
});

describe('fromLocal', () => {
  it('maps an ordinary wall time to its instant', () => {
    expect(fromLocal(wall(2025, 3, 15, 12, 0), NY)).toBe(ms('2025-03-15T16:00:00Z'));
    expect(fromLocal(wall(2025, 1, 15, 12, 0), NY)).toBe(ms('2025-01-15T17:00:00Z'));
    expect(fromLocal(wall(2025, 7, 1, 12, 0), LONDON)).toBe(ms('2025-07-01T11:00:00Z'));
  });

  it('resolves a wall time skipped by spring-forward (New York 02:30) with the pre-jump offset, after the jump', () => {
    const instant = fromLocal(wall(2025, 3, 9, 2, 30), NY);
    expect(instant).toBe(ms('2025-03-09T07:30:00Z'));
    expect(instant).toBeGreaterThanOrEqual(ms('2025-03-09T07:00:00Z'));
    expect(toLocal(instant, NY)).toEqual(wall(2025, 3, 9, 3, 30));
  });

  it('resolves a wall time skipped in London (01:30 on 2025-03-30) after the jump', () => {
    expect(fromLocal(wall(2025, 3, 30, 1, 30), LONDON)).toBe(ms('2025-03-30T01:30:00Z'));
  });

  it('resolves a repeated wall time (New York 01:30 on fall-back day) to its later occurrence', () => {
    expect(fromLocal(wall(2025, 11, 2, 1, 30), NY)).toBe(ms('2025-11-02T06:30:00Z'));
  });

  it('resolves a repeated wall time in London (01:30 on 2025-10-26) to its later occurrence', () => {
    expect(fromLocal(wall(2025, 10, 26, 1, 30), LONDON)).toBe(ms('2025-10-26T01:30:00Z'));
  });

  it('handles wall times just around the jumps exactly', () => {
    expect(fromLocal(wall(2025, 3, 9, 1, 59, 59, 999), NY)).toBe(ms('2025-03-09T06:59:59.999Z'));
    expect(fromLocal(wall(2025, 3, 9, 3, 0), NY)).toBe(ms('2025-03-09T07:00:00Z'));
    expect(fromLocal(wall(2025, 11, 2, 0, 59, 59, 999), NY)).toBe(ms('2025-11-02T04:59:59.999Z'));
    expect(fromLocal(wall(2025, 11, 2, 2, 0), NY)).toBe(ms('2025-11-02T07:00:00Z'));
  });

  it('is the inverse of toLocal for every hour of the DST days (where the wall time is unambiguous)', () => {
    for (const [start, zone] of [
      ['2025-03-09T00:00:00Z', NY],
      ['2025-11-02T00:00:00Z', NY],
      ['2025-03-30T00:00:00Z', LONDON],
      ['2025-10-26T00:00:00Z', LONDON],
    ] as const) {
      for (let h = 0; h < 30; h++) {
        const instant = ms(start) + h * 3_600_000 + 17 * 60_000 + 123;
        const local = toLocal(instant, zone);
        const back = fromLocal(local, zone);
        // A repeated wall time maps back to its later occurrence, never earlier than the original.
        expect(back, `${new Date(instant).toISOString()} ${zone}`).toBeGreaterThanOrEqual(instant);
        expect(toLocal(back, zone)).toEqual(local);
        expect(back - instant).toBeLessThanOrEqual(3_600_000);
      }
    }
  });

  it('handles the extreme fixed zones', () => {
    expect(fromLocal(wall(2025, 3, 8, 23, 59, 59, 999), 'Etc/GMT+12')).toBe(ms('2025-03-09T11:59:59.999Z'));
    expect(fromLocal(wall(2025, 3, 8, 23, 59, 59, 999), 'Etc/GMT-14')).toBe(ms('2025-03-08T09:59:59.999Z'));
    expect(fromLocal(wall(2025, 1, 1, 0, 0), 'Etc/GMT-14')).toBe(ms('2024-12-31T10:00:00Z'));
  });
});

describe('end of day of a date-only value (SPEC §3 step 1)', () => {
  const endOfDay = (year: number, month: number, day: number, zone: string) => fromLocal(wall(year, month, day, 23, 59, 59, 999), zone);

  it('is 23:59:59.999 local, read with the offset in force at that moment', () => {
    // 2025-03-08 is still EST (-05:00); the next day springs forward.
    expect(endOfDay(2025, 3, 8, NY)).toBe(ms('2025-03-09T04:59:59.999Z'));
    // 2025-03-09 is EDT (-04:00) by the end of the day.
    expect(endOfDay(2025, 3, 9, NY)).toBe(ms('2025-03-10T03:59:59.999Z'));
    // Fall-back day ends in EST.
    expect(endOfDay(2025, 11, 2, NY)).toBe(ms('2025-11-03T04:59:59.999Z'));
    expect(endOfDay(2025, 11, 1, NY)).toBe(ms('2025-11-02T03:59:59.999Z'));
    expect(endOfDay(2025, 3, 30, LONDON)).toBe(ms('2025-03-30T22:59:59.999Z'));
    expect(endOfDay(2025, 10, 26, LONDON)).toBe(ms('2025-10-26T23:59:59.999Z'));
  });

  it('is latest in Etc/GMT+12 (UTC−12), the zone used when the user zone is unknown', () => {
    const latest = endOfDay(2025, 3, 8, 'Etc/GMT+12');
    expect(latest).toBe(ms('2025-03-09T11:59:59.999Z'));
    for (const zone of [NY, LONDON, 'UTC', 'Etc/GMT-14', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Honolulu']) {
      expect(endOfDay(2025, 3, 8, zone), zone).toBeLessThanOrEqual(latest);
    }
  });

  it('is earliest in Etc/GMT-14 (UTC+14)', () => {
    expect(endOfDay(2025, 3, 8, 'Etc/GMT-14')).toBe(ms('2025-03-08T09:59:59.999Z'));
  });
});

describe('firstWholeLocalDate (SPEC §3 step 3)', () => {
  it('gives the next date for any instant after local midnight', () => {
    expect(firstWholeLocalDate(ms('2025-03-15T16:00:00Z'), NY)).toEqual({ year: 2025, month: 3, day: 16 });
    expect(firstWholeLocalDate(ms('2025-03-15T04:00:00.001Z'), 'UTC')).toEqual({ year: 2025, month: 3, day: 16 });
  });

  it('gives the same date for an instant exactly at local midnight', () => {
    expect(firstWholeLocalDate(ms('2025-03-15T04:00:00Z'), NY)).toEqual({ year: 2025, month: 3, day: 15 });
    expect(firstWholeLocalDate(ms('2025-03-15T00:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 3, day: 15 });
  });

  it('is one millisecond sensitive around midnight', () => {
    expect(firstWholeLocalDate(ms('2025-03-15T04:00:00.001Z'), NY)).toEqual({ year: 2025, month: 3, day: 16 });
    expect(firstWholeLocalDate(ms('2025-03-15T03:59:59.999Z'), NY)).toEqual({ year: 2025, month: 3, day: 15 });
  });

  it('reproduces the spring-forward example of SPEC §3 (vector A28): 2025-03-16T04:59:59.999Z shows 2025-03-17 in New York', () => {
    expect(toLocal(ms('2025-03-16T04:59:59.999Z'), NY)).toMatchObject({ day: 16, hour: 0, minute: 59 });
    expect(firstWholeLocalDate(ms('2025-03-16T04:59:59.999Z'), NY)).toEqual({ year: 2025, month: 3, day: 17 });
  });

  it('handles the fall-back night: 00:30 EDT on 2025-11-02 shows 2025-11-03', () => {
    expect(firstWholeLocalDate(ms('2025-11-02T04:30:00Z'), NY)).toEqual({ year: 2025, month: 11, day: 3 });
    // 01:30 EST (the second 01:30) is still on 2025-11-02.
    expect(firstWholeLocalDate(ms('2025-11-02T06:30:00Z'), NY)).toEqual({ year: 2025, month: 11, day: 3 });
  });

  it('gives the latest date in Etc/GMT-14 and the earliest in Etc/GMT+12', () => {
    // 11:00Z is 01:00 on 03-16 at UTC+14 and 23:00 on 03-14 at UTC−12.
    const instant = ms('2025-03-15T11:00:00Z');
    expect(firstWholeLocalDate(instant, 'Etc/GMT-14')).toEqual({ year: 2025, month: 3, day: 17 });
    expect(firstWholeLocalDate(instant, 'Etc/GMT+12')).toEqual({ year: 2025, month: 3, day: 15 });
    expect(firstWholeLocalDate(instant, 'UTC')).toEqual({ year: 2025, month: 3, day: 16 });
  });

  it('never shows a date whose local midnight is before the instant (sampled over a year in several zones)', () => {
    for (const zone of [NY, LONDON, 'Australia/Lord_Howe', 'Asia/Kolkata', 'Etc/GMT-14', 'Etc/GMT+12', 'America/Santiago']) {
      for (let i = 0; i < 400; i++) {
        const instant = ms('2025-01-01T00:00:00Z') + i * 22 * 3_600_000 + i * 7_919;
        const date = firstWholeLocalDate(instant, zone);
        const startOfDate = fromLocal({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
        expect(startOfDate, `${zone} ${new Date(instant).toISOString()}`).toBeGreaterThanOrEqual(instant);
        // ...and it is the first such date: the day before starts before the instant.
        const before = firstWholeLocalDate(instant - 86_400_000 * 2, zone);
        expect(fromLocal({ ...before, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone)).toBeLessThan(instant);
        expect(startOfDate - instant).toBeLessThanOrEqual(86_400_000 + 3_600_000);
      }
    }
  });
});

describe('nextDay and isKnownTimeZone', () => {
  it('rolls over months, years and leap days', () => {
    expect(nextDay({ year: 2025, month: 1, day: 31 })).toEqual({ year: 2025, month: 2, day: 1 });
    expect(nextDay({ year: 2024, month: 2, day: 28 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nextDay({ year: 2025, month: 2, day: 28 })).toEqual({ year: 2025, month: 3, day: 1 });
    expect(nextDay({ year: 2025, month: 12, day: 31 })).toEqual({ year: 2026, month: 1, day: 1 });
  });

  it('knows IANA zones and rejects made-up ones', () => {
    for (const zone of [NY, LONDON, 'Etc/GMT+12', 'Etc/GMT-14', 'UTC', 'Pacific/Kiritimati']) expect(isKnownTimeZone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus', '', 'Etc/GMT+15']) expect(isKnownTimeZone(zone)).toBe(false);
  });
});

describe('toLocal in fixed-offset zones (computed without Intl)', () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const intlLocal = (epochMs: number, zone: string): LocalDateTime => {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      formats.set(zone, format);
    }
    const parts = format
      .formatToParts(new Date(epochMs))
      .filter((p) => p.type !== 'literal');
    const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const millisecond = ((epochMs % 1000) + 1000) % 1000;
    return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), second: field('second'), millisecond };
  };
  const zones = ['UTC', 'Etc/UTC', 'Etc/GMT', 'Etc/GMT+12', 'Etc/GMT+1', 'Etc/GMT-14', 'Etc/GMT-5', 'Etc/GMT-10'];

  it('agrees with Intl field by field, fractional milliseconds included', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const instants = [ms('2025-12-31T10:00:00.000Z'), ms('0001-01-01T12:00:00.000Z'), ms('9999-12-31T00:00:00.000Z'), 1.5, -0.25, 86_400_000 * 7.1];
    for (let i = 0; i < 400; i++) instants.push(Math.round((next() * 2 - 0.4) * 4e12) + (i % 3 === 0 ? next() : 0));
    for (const zone of zones) for (const instant of instants) expect(toLocal(instant, zone), `${instant} in ${zone}`).toEqual(intlLocal(instant, zone));
  });

  it('leaves other names, and unknown ones, to Intl', () => {
    expect(() => toLocal(0, 'Etc/GMT+13')).toThrow(RangeError);
    expect(() => toLocal(0, 'Etc/GMT+01')).toThrow(RangeError);
    expect(toLocal(ms('2025-03-15T12:00:00.000Z'), 'Etc/GMT-13')).toEqual(wall(2025, 3, 16, 1, 0));
  });
});
