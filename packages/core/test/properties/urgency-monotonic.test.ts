/**
 * SPEC §6 P1, P9 and the second half of P10: more warning signs never make an answer less urgent, and an
 * emergency always keeps naltrexone candidacy away from "eligible".
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BUILT_IN_OUTCOMES, evaluate, RELAPSE_SIGNS } from '../../src/index.js';
import { cleanRelapseArb, cleanUrgencyArb, randomFactsArb, type Facts } from './arbitraries.js';

/** Every red-flag value of SPEC §2C, as a fact overlay. */
const RED_FLAGS: readonly Facts[] = [
  { breathingStatus: 'slow-or-shallow' },
  { breathingStatus: 'gurgling-or-snoring' },
  { breathingStatus: 'absent' },
  { responsiveness: 'hard-to-wake' },
  { responsiveness: 'unresponsive' },
  { lipNailColor: 'blue-gray-or-purple' },
  { lipNailColor: 'pale' },
  { skin: 'cold-clammy' },
  { pupils: 'pinpoint', responsiveness: 'drowsy-but-rousable' },
  { suspectedOverdose: 'yes' },
  { chestPainOrSevereBreathlessness: 'yes' },
  { allergicReactionSigns: 'yes' },
  { selfHarmThoughts: 'active-plan-or-intent' },
  { selfHarmThoughts: 'passive' },
  { severeDepression: 'yes' },
  { newConfusionOrSeizure: 'yes' },
  { sedativeCoUseWithOpioids: 'yes' },
  { useAfterAbstinence: 'yes' },
  { withdrawalAfterNaltrexoneDose: 'yes' },
  { injectsDrugs: 'yes', fever: 'yes' },
];
const C_RANK = (outcome: string) => BUILT_IN_OUTCOMES['urgent-help'].indexOf(outcome as never);
const D_RANK = (outcome: string) => BUILT_IN_OUTCOMES['relapse-warnings'].indexOf(outcome as never);

describe('SPEC §6 monotonicity properties', () => {
  it.prop([fc.oneof(cleanUrgencyArb, randomFactsArb(3)), fc.constantFrom(...RED_FLAGS)], { numRuns: 200 })(
    'P1: adding a red-flag value in urgent help never lowers urgency',
    async (facts, flag) => {
      // Adding, not replacing: the overlay must not overwrite a red-flag value already present.
      const isRedFlag = (fact: string, value: unknown) => RED_FLAGS.some((f) => f[fact] === value);
      fc.pre(Object.keys(flag).every((fact) => !isRedFlag(fact, facts[fact])));
      const before = await evaluate('urgent-help', facts);
      const after = await evaluate('urgent-help', { ...facts, ...flag });
      // A lower index is more urgent (SPEC §4 order, insufficient-information above contact-care-team).
      expect(C_RANK(after.outcome)).toBeLessThanOrEqual(C_RANK(before.outcome));
    },
  );

  it.prop([cleanRelapseArb, fc.constantFrom(...RELAPSE_SIGNS)], { numRuns: 150 })(
    'P9: adding a relapse sign never lowers the relapse rank',
    async (facts, sign) => {
      const before = await evaluate('relapse-warnings', facts);
      const signs = { ...((facts['relapseSigns'] as Record<string, unknown> | undefined) ?? {}), [sign]: 'yes' };
      const after = await evaluate('relapse-warnings', { ...facts, relapseSigns: signs });
      expect(D_RANK(after.outcome)).toBeLessThanOrEqual(D_RANK(before.outcome));
    },
  );

  it.prop([randomFactsArb(3)], { numRuns: 150 })('P10: an urgent-help emergency never leaves candidacy eligible', async (facts) => {
    const urgent = await evaluate('urgent-help', facts);
    fc.pre(urgent.outcome === 'emergency-call-now');
    expect((await evaluate('naltrexone-candidacy', facts)).outcome).not.toBe('eligible');
  });
});
