/**
 * "Unknown never leads to a reassuring outcome" (design.md; SPEC §2 and P2, P3, P10): random facts from the
 * vocabulary never give eligible, routine or none-detected while a fact those outcomes depend on is unknown.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, evaluate, RELAPSE_SIGNS } from '../../src/index.js';
import {
  A_REQUIRED_FACTS,
  C_CRITICAL_FACTS,
  cleanRelapseArb,
  cleanUrgencyArb,
  randomFactsArb,
  UNKNOWN_FORMS,
  withRelapseInputUnknown,
  withUnknown,
  type Facts,
} from './arbitraries.js';

const RUNS = { numRuns: 150 };
const formArb = fc.constantFrom(...UNKNOWN_FORMS);

/** Whether any A-I2 required fact is unknown in caller facts (or the urine screen was not done). */
function anyRequiredUnknown(facts: Facts): boolean {
  const unknown = (v: unknown) => v === undefined || v === null || v === 'unknown';
  return A_REQUIRED_FACTS.some((f) => unknown(facts[f])) || facts['urineOpioidScreen'] === 'not-done';
}

describe('naltrexone-candidacy: eligible needs every required fact', () => {
  it.prop([randomFactsArb(6)], RUNS)('random facts never give eligible when an A-I2 fact is unknown', async (facts) => {
    const result = await evaluate('naltrexone-candidacy', facts);
    if (anyRequiredUnknown(facts)) {
      expect(result.outcome).not.toBe('eligible');
      expect(result.firedRules).toContain('A-I2');
    }
  });
});

describe('urgent-help: routine needs every critical fact (P2, P10)', () => {
  it.prop([randomFactsArb(), fc.constantFrom(...C_CRITICAL_FACTS), formArb], RUNS)(
    'random facts with a critical fact unknown never give routine',
    async (facts, fact, form) => {
      const result = await evaluate('urgent-help', withUnknown(facts, fact, form));
      expect(result.outcome).not.toBe('routine');
      expect(result.firedRules).toContain('C-I1');
    },
  );

  it.prop([cleanUrgencyArb, fc.constantFrom(...C_CRITICAL_FACTS), formArb], RUNS)(
    'a routine situation becomes insufficient-information, with the call-911 safety net, once a critical fact is unknown',
    async (facts, fact, form) => {
      expect((await evaluate('urgent-help', facts)).outcome).toBe('routine');
      const result = await evaluate('urgent-help', withUnknown(facts, fact, form));
      expect(result.outcome).toBe('insufficient-information');
      expect(result.missingFacts).toContain(fact);
      const safetyNet = result.messages.find((m) => m.ruleId === 'C-I1');
      expect(safetyNet?.summary).toMatch(/911/);
    },
  );

  it.prop([cleanUrgencyArb, fc.subarray([...C_CRITICAL_FACTS], { minLength: 1 }), formArb], RUNS)(
    'several critical facts unknown are all listed as missing',
    async (facts, unknownFacts, form) => {
      const result = await evaluate('urgent-help', unknownFacts.reduce((acc, f) => withUnknown(acc, f, form), facts));
      expect(result.outcome).toBe('insufficient-information');
      expect(result.missingFacts).toEqual(expect.arrayContaining(unknownFacts));
    },
  );
});

describe('relapse-warnings: none-detected needs every sign and the craving', () => {
  const relapseInputs = [...RELAPSE_SIGNS, 'cravingIntensity', 'useAfterAbstinence'] as const;

  it.prop([randomFactsArb(), fc.constantFrom(...relapseInputs), formArb], RUNS)(
    'random facts with a relapse sign or the craving unknown never give none-detected',
    async (facts, input, form) => {
      const result = await evaluate('relapse-warnings', withRelapseInputUnknown(facts, input, form));
      expect(result.outcome).not.toBe('none-detected');
    },
  );

  it.prop([cleanRelapseArb, fc.constantFrom(...relapseInputs), formArb], RUNS)(
    'a none-detected situation becomes insufficient-information once one input is unknown',
    async (facts, input, form) => {
      expect((await evaluate('relapse-warnings', facts)).outcome).toBe('none-detected');
      const result = await evaluate('relapse-warnings', withRelapseInputUnknown(facts, input, form));
      expect(result.outcome).toBe('insufficient-information');
      expect(result.firedRules).toContain('D-I1');
      const missing = input === 'cravingIntensity' || input === 'useAfterAbstinence' ? input : `relapseSigns.${input}`;
      expect(result.missingFacts).toContain(missing);
    },
  );

  it.prop([cleanRelapseArb, formArb], { numRuns: 50 })('the whole relapseSigns group left unknown blocks none-detected', async (facts, form) => {
    const { relapseSigns: _dropped, ...rest } = facts;
    const withoutSigns = form === 'absent' ? rest : { ...rest, relapseSigns: {} };
    expect((await evaluate('relapse-warnings', withoutSigns)).outcome).toBe('insufficient-information');
  });
});

describe('the reassurance gate on every built-in rule set', () => {
  it.prop([randomFactsArb(2), fc.constantFrom(...BUILT_IN_RULE_SET_IDS)], { numRuns: 300 })(
    'a reassuring outcome is only returned when no outcome rule is unknown',
    async (facts, id) => {
      const result = await evaluate(id, facts);
      const ruleSet = builtInRuleSet(id);
      const reassuring = ruleSet.outcomes.find((o) => o.id === result.outcome)?.reassuring === true;
      if (reassuring) {
        const unknownOutcomeRules = result.rules.filter((r) => r.status === 'unknown' && r.effect.kind === 'outcome');
        expect(unknownOutcomeRules.map((r) => r.id)).toEqual([]);
      }
    },
  );
});
