/**
 * The evaluation semantics of design.md on small inline rule sets: unknown leaves, Kleene combination,
 * optional facts (assumedAbsent), isUnknown, precedence by the `outcomes` list, the reassurance gate and the
 * fallback; then the same guarantees on the built-in rule sets where SPEC §2, §4 and §6 state them.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateRuleSet, loadRuleSet, RuleSetLoadError, type LeafTrace, type RuleSet } from '../../src/index.js';
import { GRADED_OUTCOMES_ENVELOPE } from '../support/graded-outcomes.js';

const AT = '2025-03-15T12:00:00Z';
type Json = Record<string, unknown>;

/** A rule set with outcomes most restrictive first: danger > caution > insufficient > fine (reassuring). */
function ruleSet(rules: Json[], patch: Json = {}): RuleSet {
  return loadRuleSet({
    id: 'semantics',
    title: 'Semantics',
    ...GRADED_OUTCOMES_ENVELOPE,
    rules,
    ...patch,
  });
}
const rule = (id: string, outcome: string, conditions: unknown): Json => ({ id, outcome, conditions, message: id, sources: ['test'] });
const fallback: Json = { id: 'FINE', outcome: 'fine', fallback: true, message: 'FINE', sources: ['test'] };
const young = { fact: 'ageYears', operator: 'lessThan', value: 18 };
const fever = { fact: 'fever', operator: 'equal', value: 'yes' };

async function run(rs: RuleSet, facts: Json) {
  return evaluateRuleSet(rs, { evaluatedAt: AT, ...facts }, { messages: {} });
}
const statusOf = async (rs: RuleSet, facts: Json, id = 'R') => (await run(rs, facts)).rules.find((r) => r.id === id)?.status;

describe('leaves and Kleene combination in rules', () => {
  it('a leaf on an absent, "unknown" or null fact is unknown, and its rule is unknown, not fired', async () => {
    const rs = ruleSet([rule('R', 'danger', { all: [fever] }), fallback]);
    for (const value of [undefined, 'unknown', null]) {
      const result = await run(rs, value === undefined ? {} : { fever: value });
      const trace = result.rules[0]?.conditions;
      expect(trace).toMatchObject({ kind: 'all', truth: 'unknown', children: [{ kind: 'leaf', fact: 'fever', truth: 'unknown' }] });
      expect((trace as unknown as { children: LeafTrace[] }).children[0]).not.toHaveProperty('actual');
      expect(result.unknownRules).toEqual(['R']);
      expect(result.firedRules).toEqual([]);
      expect(result.missingFacts).toEqual(['fever']);
      expect(result.outcome).toBe('insufficient');
    }
  });

  it.each([
    // [facts, all(young, fever), any(young, fever)]
    [{ ageYears: 10, fever: 'yes' }, 'fired', 'fired'],
    [{ ageYears: 10, fever: 'no' }, 'not-fired', 'fired'],
    [{ ageYears: 30, fever: 'no' }, 'not-fired', 'not-fired'],
    [{ ageYears: 10 }, 'unknown', 'fired'],
    [{ ageYears: 30 }, 'not-fired', 'unknown'],
    [{ fever: 'yes' }, 'unknown', 'fired'],
    [{ fever: 'no' }, 'not-fired', 'unknown'],
    [{}, 'unknown', 'unknown'],
  ] as const)('%j: all → %s, any → %s', async (facts, allStatus, anyStatus) => {
    expect(await statusOf(ruleSet([rule('R', 'danger', { all: [young, fever] })]), facts)).toBe(allStatus);
    expect(await statusOf(ruleSet([rule('R', 'danger', { any: [young, fever] })]), facts)).toBe(anyStatus);
  });

  it('not unknown is unknown; not true is false; not false is true', async () => {
    const rs = ruleSet([rule('R', 'danger', { not: fever })]);
    expect(await statusOf(rs, {})).toBe('unknown');
    expect(await statusOf(rs, { fever: 'yes' })).toBe('not-fired');
    expect(await statusOf(rs, { fever: 'no' })).toBe('fired');
  });

  it('unknown propagates through named conditions and nested nodes', async () => {
    const rs = ruleSet([rule('R', 'danger', { all: [{ condition: 'febrileChild' }] })], {
      conditions: { febrileChild: { all: [young, { not: { not: fever } }] } },
    });
    expect(await statusOf(rs, { ageYears: 10 })).toBe('unknown');
    expect(await statusOf(rs, { ageYears: 10, fever: 'yes' })).toBe('fired');
    expect(await statusOf(rs, { ageYears: 30 })).toBe('not-fired');
  });

  it('a zero or "no" is a known value, not unknown', async () => {
    const rs = ruleSet([rule('R', 'danger', { all: [{ fact: 'ageYears', operator: 'lessThan', value: 1 }] })]);
    expect(await statusOf(rs, { ageYears: 0 })).toBe('fired');
  });
});

describe('isUnknown', () => {
  const rs = ruleSet([rule('R', 'insufficient', { all: [{ fact: 'fever', operator: 'isUnknown', value: true }] }), fallback]);

  it('is true for an absent, "unknown" or null fact and false for a known one: never unknown', async () => {
    for (const facts of [{}, { fever: 'unknown' }, { fever: null }]) {
      const result = await run(rs, facts);
      expect(result.rules[0]?.conditions).toMatchObject({ children: [{ truth: 'true' }] });
      expect(result.firedRules).toEqual(['R']);
      expect(result.missingFacts).toEqual(['fever']);
    }
    for (const fever of ['yes', 'no']) {
      const result = await run(rs, { fever });
      expect(result.rules[0]?.conditions).toMatchObject({ children: [{ truth: 'false', actual: fever }] });
      expect(result.unknownRules).toEqual([]);
      expect(result.outcome).toBe('fine');
    }
  });

  it('works on group members through a path', async () => {
    const signs = ruleSet([rule('R', 'insufficient', { all: [{ fact: 'relapseSigns', path: '$.isolating', operator: 'isUnknown', value: true }] })]);
    expect(await statusOf(signs, {})).toBe('fired');
    expect(await statusOf(signs, { relapseSigns: { isolating: 'unknown' } })).toBe('fired');
    expect(await statusOf(signs, { relapseSigns: { isolating: 'no' } })).toBe('not-fired');
  });
});

describe('optional facts', () => {
  const rs = ruleSet([rule('R', 'caution', { all: [{ fact: 'breastfeeding', operator: 'equal', value: 'yes' }] }), fallback], {
    optionalFacts: [{ fact: 'breastfeeding', reason: 'only a yes matters' }],
  });

  it('an unknown optional fact reads as false with assumedAbsent, and does not block the reassuring outcome', async () => {
    const result = await run(rs, {});
    expect(result.rules[0]?.conditions).toEqual({
      kind: 'all',
      truth: 'false',
      children: [{ kind: 'leaf', fact: 'breastfeeding', operator: 'equal', expected: 'yes', truth: 'false', assumedAbsent: true }],
    });
    expect(result.rules[0]?.status).toBe('not-fired');
    expect(result.outcome).toBe('fine');
    // It is still worth asking, flagged as optional.
    expect(result.askNext).toEqual([{ fact: 'breastfeeding', couldUnlock: 'caution', rules: ['R'], optional: true }]);
  });

  it('a known optional fact is compared normally (no assumedAbsent)', async () => {
    const result = await run(rs, { breastfeeding: 'yes' });
    expect(result.outcome).toBe('caution');
    expect(result.rules[0]?.conditions).toMatchObject({ children: [{ truth: 'true', actual: 'yes' }] });
    expect((result.rules[0]?.conditions as unknown as { children: LeafTrace[] }).children[0]).not.toHaveProperty('assumedAbsent');
  });

  it('only the facts listed are optional: another unknown fact in the same rule stays unknown', async () => {
    const mixed = ruleSet([rule('R', 'caution', { any: [{ fact: 'breastfeeding', operator: 'equal', value: 'yes' }, fever] }), fallback], {
      optionalFacts: [{ fact: 'breastfeeding', reason: 'r' }],
    });
    const result = await run(mixed, {});
    expect(result.rules[0]?.status).toBe('unknown');
    expect(result.outcome).toBe('insufficient');
  });
});

describe('precedence and the reassurance gate', () => {
  const rs = ruleSet([
    rule('FINE-RULE', 'fine', { all: [{ fact: 'fever', operator: 'equal', value: 'no' }] }),
    rule('CAUTION', 'caution', { all: [young] }),
    rule('DANGER', 'danger', { all: [{ fact: 'breathingStatus', operator: 'equal', value: 'absent' }] }),
    fallback,
  ]);

  it('picks the first outcome in the `outcomes` list among fired rules, not the rule order', async () => {
    const result = await run(rs, { fever: 'no', ageYears: 10, breathingStatus: 'absent' });
    expect(result.firedRules).toEqual(['FINE-RULE', 'CAUTION', 'DANGER']);
    expect(result.outcome).toBe('danger');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['DANGER', 'CAUTION', 'FINE-RULE']);
  });

  it('a restrictive outcome wins even while other rules are unknown', async () => {
    expect((await run(rs, { ageYears: 10 })).outcome).toBe('caution');
  });

  it('a reassuring outcome that fired is replaced by insufficientOutcome while any outcome rule is unknown', async () => {
    const result = await run(rs, { fever: 'no', ageYears: 30 });
    expect(result.firedRules).toContain('FINE-RULE');
    expect(result.unknownRules).toEqual(['DANGER']);
    expect(result.outcome).toBe('insufficient');
  });

  it('the fallback fires only when nothing fired and nothing is unknown', async () => {
    const allKnown = await run(rs, { fever: 'yes', ageYears: 30, breathingStatus: 'normal' });
    expect(allKnown.outcome).toBe('fine');
    expect(allKnown.firedRules).toEqual(['FINE']);
    const someUnknown = await run(rs, { fever: 'yes', ageYears: 30 });
    expect(someUnknown.outcome).toBe('insufficient');
    expect(someUnknown.firedRules).toEqual([]);
  });

  it('an unknown flag rule does not trigger the gate; flags never change the outcome', async () => {
    const flagged = ruleSet([{ id: 'F', flag: 'note', conditions: { all: [fever] }, message: 'F', sources: ['t'] }, fallback]);
    const unknownFlag = await run(flagged, {});
    expect(unknownFlag.unknownRules).toEqual(['F']);
    expect(unknownFlag.outcome).toBe('fine');
    const firedFlag = await run(flagged, { fever: 'yes' });
    expect(firedFlag.flags).toEqual(['note']);
    expect(firedFlag.outcome).toBe('fine');
  });

  it('without a fallback, nothing fired gives insufficientOutcome', async () => {
    const noFallback = ruleSet([rule('R', 'danger', { all: [fever] })]);
    expect((await run(noFallback, { fever: 'no' })).outcome).toBe('insufficient');
  });
});

describe('built-in rule sets', () => {
  const urgencyClean = {
    evaluatedAt: AT,
    userTimeZone: 'America/New_York',
    breathingStatus: 'normal',
    responsiveness: 'alert',
    lipNailColor: 'normal',
    pupils: 'normal',
    skin: 'normal',
    suspectedOverdose: 'no',
    selfHarmThoughts: 'none',
    severeDepression: 'no',
    chestPainOrSevereBreathlessness: 'no',
    allergicReactionSigns: 'no',
    newConfusionOrSeizure: 'no',
    injectsDrugs: 'no',
    fever: 'no',
    drugInjectionSiteSigns: 'none',
    onNaltrexone: 'none',
    xrNtxInjectionSiteSigns: 'none',
    liverInjurySymptoms: 'no',
    sedativeCoUseWithOpioids: 'no',
    pregnancyStatus: 'not-pregnant',
    currentWithdrawalSymptoms: 'no',
    withdrawalAfterNaltrexoneDose: 'no',
    useAfterAbstinence: 'no',
    naloxoneGivenAt: null,
    lastOverdoseAt: 'never',
    cravingIntensity: 1,
  };

  it('urgent-help: a clean situation is routine; an unknown non-critical sign that an emergency rule reads blocks routine', async () => {
    expect((await evaluate('urgent-help', urgencyClean)).outcome).toBe('routine');
    const { skin: _skin, ...withoutSkin } = urgencyClean;
    const result = await evaluate('urgent-help', withoutSkin);
    expect(result.outcome).toBe('insufficient-information');
    expect(result.unknownRules).toContain('C-E3');
    expect(result.missingFacts[0]).toBe('skin');
  });

  // Regression (found by the property and unit suites, fixed): when insufficient-information comes from the reassurance gate (no rule fired: C-E3 is
  // unknown because `skin` is unknown, all critical facts known), no rule message is rendered, so the result
  // carries no call-911 safety net. SPEC §4: C insufficient-information "always carries the
  // call-911-if-in-doubt safety net"; §6: never drop it.
  it('urgent-help: insufficient-information always carries the call-911 safety net', async () => {
    const { skin: _skin, ...withoutSkin } = urgencyClean;
    const result = await evaluate('urgent-help', withoutSkin);
    expect(result.outcome).toBe('insufficient-information');
    expect(result.messages.map((m) => `${m.summary} ${m.detail ?? ''}`).join(' ')).toMatch(/911/);
  });

  // Regression (found by the property and unit suites, fixed): a depot-buprenorphine lastOpioidType without its own time, next to a dated exposure, makes
  // waiting-period not-computable (B-N1) but the result still carries earliestStartAt and dates computed
  // from the other exposure, as if a window were known (SPEC §2B B-N1, §2 "no dates are computed").
  it('waiting-period: not-computable (depot buprenorphine, B-N1) never carries dates', async () => {
    const result = await evaluate('waiting-period', {
      evaluatedAt: AT,
      lastOpioidType: 'depot-buprenorphine',
      opioidExposures: [{ type: 'short-acting', lastUseAt: '2025-03-01T00:00:00Z' }],
    });
    expect(result.outcome).toBe('not-computable');
    expect(result.firedRules).toContain('B-N1');
    expect(result.earliestStartAt).toBeUndefined();
    expect(result.earliestStartDate).toBeUndefined();
  });

  it('waiting-period: depot buprenorphine as the dated type gives not-computable without dates', async () => {
    for (const facts of [
      { lastOpioidType: 'depot-buprenorphine', lastOpioidUseAt: '2025-03-01T00:00:00Z' },
      { opioidExposures: [{ type: 'depot-buprenorphine', lastUseAt: '2025-03-01T00:00:00Z' }] },
    ]) {
      const result = await evaluate('waiting-period', { evaluatedAt: AT, ...facts });
      expect(result.outcome).toBe('not-computable');
      expect(result.earliestStartAt).toBeUndefined();
    }
  });

  it('waiting-period: a last use that is unknown or in the future gives not-computable without dates (B-I1)', async () => {
    for (const lastOpioidUseAt of [undefined, 'unknown', null, '2025-03-15T12:05:01Z', '2025-03-16']) {
      const result = await evaluate('waiting-period', { evaluatedAt: AT, lastOpioidUseAt });
      expect(result.outcome, String(lastOpioidUseAt)).toBe('not-computable');
      expect(result.firedRules).toContain('B-I1');
      expect(result.earliestStartAt).toBeUndefined();
    }
    // Within the 5-minute clock skew the time is accepted.
    expect((await evaluate('waiting-period', { evaluatedAt: AT, lastOpioidUseAt: '2025-03-15T12:05:00Z' })).outcome).toBe('computed');
  });
});

describe('regressions from the helper review', () => {
  it('a known opioid type without a time makes last use unknown, even beside a dated exposure', async () => {
    const result = await evaluate('waiting-period', {
      evaluatedAt: '2025-03-15T12:00:00Z',
      lastOpioidType: 'long-acting',
      fentanylExposure: 'no',
      opioidExposures: [{ type: 'short-acting', lastUseAt: '2025-03-01T00:00:00Z' }],
    });
    expect(result.outcome).toBe('not-computable');
    expect(result.firedRules).toContain('B-I1');
    expect(result.earliestStartAt).toBeUndefined();
  });

  it('rejects a rule set whose insufficient outcome is reassuring', () => {
    const file = {
      id: 'x', version: '1.0.0', title: 't',
      outcomes: [{ id: 'ok', description: 'd', reassuring: true }],
      insufficientOutcome: 'ok',
      rules: [{ id: 'R-1', outcome: 'ok', fallback: true, message: 'm', sources: ['s'] }],
    };
    expect(() => loadRuleSet(file)).toThrow(RuleSetLoadError);
  });
});
