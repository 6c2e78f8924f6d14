/**
 * Waiting-window dates through the public API (SPEC §3): elapsed time, not calendar days; date-only values
 * are the end of the local day; display dates are the first whole local date; an unknown zone reads
 * date-only values in UTC−12 and shows dates in UTC+14.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

const shortNoFentanyl = { lastOpioidType: 'short-acting', fentanylExposure: 'no' } as const;

async function dates(facts: Record<string, unknown>) {
  const result = await evaluate('waiting-period', { evaluatedAt: '2025-12-31T00:00:00Z', ...shortNoFentanyl, ...facts });
  expect(result.outcome).toBe('computed');
  return result;
}

describe('waiting-period dates across DST', () => {
  it('New York spring-forward: last use 2025-03-08 (date only) gives 2025-03-17 / 2025-03-20', async () => {
    const result = await dates({ userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-03-08' });
    expect(result).toMatchObject({
      earliestStartAt: '2025-03-16T04:59:59.999Z',
      recommendedStartAt: '2025-03-19T04:59:59.999Z',
      earliestStartDate: '2025-03-17',
      recommendedStartDate: '2025-03-20',
      displayTimeZone: 'America/New_York',
    });
    expect(result.flags).not.toContain('time-zone-unknown');
  });

  it('New York fall-back: last use 2025-10-26 (date only) gives 2025-11-03 / 2025-11-06', async () => {
    const result = await dates({ userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-10-26' });
    expect(result).toMatchObject({
      earliestStartAt: '2025-11-03T03:59:59.999Z',
      recommendedStartAt: '2025-11-06T03:59:59.999Z',
      earliestStartDate: '2025-11-03',
      recommendedStartDate: '2025-11-06',
    });
  });

  it('London spring-forward: last use 2025-03-29 (date only) crosses into BST', async () => {
    const result = await dates({ userTimeZone: 'Europe/London', lastOpioidUseAt: '2025-03-29' });
    expect(result).toMatchObject({
      earliestStartAt: '2025-04-05T23:59:59.999Z',
      earliestStartDate: '2025-04-07',
      recommendedStartAt: '2025-04-08T23:59:59.999Z',
      recommendedStartDate: '2025-04-10',
    });
  });

  it('adds 24-hour days as elapsed time across the DST jump, for a date-time with an offset', async () => {
    const result = await dates({ userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-03-05T20:00:00-05:00' });
    // 2025-03-06T01:00Z + 7 × 24 h = 2025-03-13T01:00Z, which is 21:00 EDT on 03-12 (not 20:00).
    expect(result.earliestStartAt).toBe('2025-03-13T01:00:00.000Z');
    expect(result.earliestStartDate).toBe('2025-03-13');
  });

  it('the same instant written with different offsets gives the same result', async () => {
    const a = await dates({ userTimeZone: 'Europe/London', lastOpioidUseAt: '2025-03-01T12:00:00Z' });
    const b = await dates({ userTimeZone: 'Europe/London', lastOpioidUseAt: '2025-03-01T07:00:00-05:00' });
    const c = await dates({ userTimeZone: 'Europe/London', lastOpioidUseAt: '2025-03-02T01:45:00+13:45' });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe('unknown time zone (B-TZ)', () => {
  it('reads a date-only value as the end of the day in Etc/GMT+12 and shows dates in Etc/GMT-14', async () => {
    const result = await dates({ lastOpioidUseAt: '2025-03-08' });
    expect(result).toMatchObject({
      earliestStartAt: '2025-03-16T11:59:59.999Z',
      recommendedStartAt: '2025-03-19T11:59:59.999Z',
      earliestStartDate: '2025-03-18',
      recommendedStartDate: '2025-03-21',
      displayTimeZone: 'Etc/GMT-14',
    });
    expect(result.firedRules).toContain('B-TZ');
    expect(result.flags).toContain('time-zone-unknown');
  });

  it('a null zone and an absent zone give the same cautious answer', async () => {
    const absent = await dates({ lastOpioidUseAt: '2025-03-08' });
    const nulled = await dates({ lastOpioidUseAt: '2025-03-08', userTimeZone: null });
    expect(nulled).toEqual(absent);
  });

  it('is never earlier than the answer in any real zone', async () => {
    const unknown = await dates({ lastOpioidUseAt: '2025-03-08' });
    for (const zone of ['America/New_York', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Etc/GMT+12', 'Etc/GMT-14', 'Asia/Tokyo']) {
      const known = await dates({ lastOpioidUseAt: '2025-03-08', userTimeZone: zone });
      expect(known.earliestStartAt! <= unknown.earliestStartAt!, zone).toBe(true);
      expect(known.earliestStartDate! <= unknown.earliestStartDate!, zone).toBe(true);
      expect(known.recommendedStartDate! <= unknown.recommendedStartDate!, zone).toBe(true);
    }
  });

  it('Etc/GMT+12 as the user zone reads date-only values the same way but shows its own dates', async () => {
    const result = await dates({ lastOpioidUseAt: '2025-03-08', userTimeZone: 'Etc/GMT+12' });
    expect(result.earliestStartAt).toBe('2025-03-16T11:59:59.999Z');
    // 2025-03-16T11:59:59.999Z is 23:59:59.999 on 03-15 at UTC−12.
    expect(result.earliestStartDate).toBe('2025-03-16');
    expect(result.firedRules).not.toContain('B-TZ');
  });
});

describe('the inclusive boundary (exactly 168 h counts as 7 days)', () => {
  const clean = {
    userTimeZone: 'America/New_York',
    ageYears: 30,
    lastOpioidUseAt: '2025-03-01T12:00:00Z',
    ...shortNoFentanyl,
    currentOpioidAgonistTreatment: 'none',
    currentOrAnticipatedOpioidAnalgesicNeed: 'no',
    physiologicOpioidDependence: 'absent',
    acuteOpioidWithdrawal: 'absent',
    currentWithdrawalSymptoms: 'no',
    urineOpioidScreen: 'negative',
    naloxoneChallenge: 'passed',
    altXuln: 1,
    astXuln: 1,
    acuteHepatitis: 'no',
    liverFailure: 'no',
    pregnancyStatus: 'not-pregnant',
    naltrexoneHypersensitivity: 'no',
    selfHarmThoughts: 'none',
    severeDepression: 'no',
  };

  it('is not-yet one millisecond before earliestStartAt and eligible (challenge passed) exactly at it', async () => {
    const before = await evaluate('naltrexone-candidacy', { ...clean, evaluatedAt: '2025-03-08T11:59:59.999Z' });
    expect(before.outcome).toBe('not-yet');
    expect(before.firedRules).toContain('A-W1');
    const at = await evaluate('naltrexone-candidacy', { ...clean, evaluatedAt: '2025-03-08T12:00:00Z' });
    expect(at.earliestStartAt).toBe('2025-03-08T12:00:00.000Z');
    expect(at.outcome).toBe('eligible');
  });

  it('without a passed challenge, the confirmation zone lasts until exactly recommendedStartAt', async () => {
    const facts = { ...clean, naloxoneChallenge: 'not-done' };
    const inZone = await evaluate('naltrexone-candidacy', { ...facts, evaluatedAt: '2025-03-11T11:59:59.999Z' });
    expect(inZone.outcome).toBe('not-yet');
    expect(inZone.firedRules).toContain('A-W2');
    const after = await evaluate('naltrexone-candidacy', { ...facts, evaluatedAt: '2025-03-11T12:00:00Z' });
    expect(after.outcome).toBe('eligible');
  });
});
