import { describe, expect, it } from 'vitest';
import { assessSync, emergencyNotRuledOut, evaluateSync } from '../../src/sync.js';

const AT = { evaluatedAt: '2026-11-24T10:00:00Z' };
const CRITICAL_ALL_CLEAR = { breathingStatus: 'normal', responsiveness: 'alert', lipNailColor: 'normal', suspectedOverdose: 'no', selfHarmThoughts: 'none' };
const urgentHelp = (facts: object) => evaluateSync('urgent-help', { ...AT, ...facts }, { trace: false });

describe('emergencyNotRuledOut', () => {
  it('is true when urgent-same-day wins while a critical sign was never answered (C-I1 fired underneath)', () => {
    const result = urgentHelp({ selfHarmThoughts: 'passive' });
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.firedRules).toContain('C-I1');
    expect(emergencyNotRuledOut(result)).toBe(true);
  });

  it('is true for an undecided emergency rule even when every critical sign is known', () => {
    const result = urgentHelp({ ...CRITICAL_ALL_CLEAR, responsiveness: 'drowsy-but-rousable', selfHarmThoughts: 'passive' });
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.unknownRules).toContain('C-E4');
    expect(emergencyNotRuledOut(result)).toBe(true);
  });

  it('is false when every emergency rule was decided and did not fire', () => {
    const result = urgentHelp({
      ...CRITICAL_ALL_CLEAR, selfHarmThoughts: 'passive', skin: 'normal', naloxoneGivenAt: 'never', lastOverdoseAt: 'never',
      chestPainOrSevereBreathlessness: 'no', allergicReactionSigns: 'no', newConfusionOrSeizure: 'no',
    });
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.unknownRules.filter((id) => id.startsWith('C-E'))).toEqual([]);
    expect(emergencyNotRuledOut(result)).toBe(false);
  });

  it('is true for an emergency and for insufficient information', () => {
    expect(emergencyNotRuledOut(urgentHelp({ responsiveness: 'unresponsive' }))).toBe(true);
    expect(emergencyNotRuledOut(urgentHelp({}))).toBe(true);
  });
});

describe('the assessment report follows it', () => {
  it('carries the emergency steps when urgent-same-day outranks an unanswered critical sign', () => {
    const report = assessSync({ ...AT, selfHarmThoughts: 'passive' }, { trace: false });
    expect(report.results['urgent-help'].outcome).toBe('urgent-same-day');
    expect(report.emergency?.steps).toHaveLength(5);
  });

  it('leaves them out when every emergency rule was decided', () => {
    const report = assessSync({
      ...AT, ...CRITICAL_ALL_CLEAR, selfHarmThoughts: 'passive', skin: 'normal', naloxoneGivenAt: 'never', lastOverdoseAt: 'never',
      chestPainOrSevereBreathlessness: 'no', allergicReactionSigns: 'no', newConfusionOrSeizure: 'no',
    }, { trace: false });
    expect(report.emergency).toBeUndefined();
  });
});
