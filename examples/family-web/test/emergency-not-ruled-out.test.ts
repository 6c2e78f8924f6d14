import { describe, expect, it } from 'vitest';
import { emergencyNotRuledOut, evaluateUrgentHelp } from '../src/engine/emergency-flow.js';
import { CONTEXT } from './simulate-flow.js';

const CRITICAL_ALL_CLEAR = {
  breathingStatus: 'normal', responsiveness: 'alert', lipNailColor: 'normal', suspectedOverdose: 'no', selfHarmThoughts: 'none',
};

describe('emergencyNotRuledOut', () => {
  it('is true when urgent-same-day wins while a critical sign was never answered (C-I1 fired underneath)', () => {
    const result = evaluateUrgentHelp({ selfHarmThoughts: 'passive' }, CONTEXT);
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.firedRules).toContain('C-I1');
    expect(emergencyNotRuledOut(result)).toBe(true);
  });

  it('is true for an undecided emergency rule even when every critical sign is known', () => {
    const result = evaluateUrgentHelp({ ...CRITICAL_ALL_CLEAR, responsiveness: 'drowsy-but-rousable', selfHarmThoughts: 'passive' }, CONTEXT);
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.unknownRules).toContain('C-E4');
    expect(emergencyNotRuledOut(result)).toBe(true);
  });

  it('is false when every emergency rule was decided and did not fire', () => {
    const result = evaluateUrgentHelp({
      ...CRITICAL_ALL_CLEAR, selfHarmThoughts: 'passive', skin: 'normal', naloxoneGivenAt: 'never', lastOverdoseAt: 'never',
      chestPainOrSevereBreathlessness: 'no', allergicReactionSigns: 'no', newConfusionOrSeizure: 'no',
    }, CONTEXT);
    expect(result.outcome).toBe('urgent-same-day');
    expect(result.unknownRules.filter((id) => id.startsWith('C-E'))).toEqual([]);
    expect(emergencyNotRuledOut(result)).toBe(false);
  });

  it('is false for an emergency itself (the emergency screen already says it)', () => {
    expect(emergencyNotRuledOut(evaluateUrgentHelp({ responsiveness: 'unresponsive' }, CONTEXT))).toBe(false);
  });
});
