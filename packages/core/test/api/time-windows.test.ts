import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_POLICY, evaluate, evaluateSync } from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const vector = (id: string) => loadVectors().find((v) => v.id === id)?.facts ?? {};

describe('time windows (SPEC §3, §7)', () => {
  it('states the SPEC defaults in every result', async () => {
    expect((await evaluate('waiting-period', vector('B02'))).policy).toEqual(DEFAULT_TIME_POLICY);
  });

  it('moves the waiting dates when a clinician changes the windows', () => {
    const facts = vector('B02'); // long-acting, last use 2025-03-01T12:00Z
    const result = evaluateSync('waiting-period', facts, { timeWindows: { longActingDays: { lower: 12, upper: 16 } } });
    expect(result.earliestStartAt).toBe('2025-03-13T12:00:00.000Z');
    expect(result.recommendedStartAt).toBe('2025-03-17T12:00:00.000Z');
    expect(result.policy.longActingDays).toEqual({ lower: 12, upper: 16 });
  });

  it('applies the rescue windows of C-E5 and C-U10', () => {
    const facts = { ...vector('C05'), naloxoneGivenAt: '2025-03-14T06:00:00Z' }; // 30 h ago, not evaluated
    expect(evaluateSync('urgent-help', facts).firedRules).toContain('C-U10');
    const wider = evaluateSync('urgent-help', facts, { timeWindows: { rescueWindowHours: 36 } });
    expect(wider.outcome).toBe('emergency-call-now');
    expect(wider.firedRules).toContain('C-E5');
  });

  it('refuses windows outside their ranges instead of clamping them', async () => {
    await expect(evaluate('waiting-period', vector('B02'), { timeWindows: { shortActingDays: { lower: 12, upper: 8 } } })).rejects.toThrow(/lower/);
    await expect(evaluate('urgent-help', vector('C01'), { timeWindows: { rescueWindowHours: 0 } })).rejects.toThrow(RangeError);
    await expect(evaluate('urgent-help', vector('C01'), { timeWindows: { rescueFollowUpDays: 365 } })).rejects.toThrow(/1 to 90/);
  });
});
