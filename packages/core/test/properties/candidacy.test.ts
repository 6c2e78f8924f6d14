/**
 * Clinical invariants of naltrexone candidacy (SPEC §6): P3 (unknown required facts never give `eligible`),
 * P6 (a label contraindication always gives `contraindicated`) and P7 (time passing never turns `eligible`
 * back into `not-yet`).
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate } from '../../src/index.js';
import {
  A_REQUIRED_FACTS,
  applyContraindication,
  cleanCandidateArb,
  contraindicationArb,
  offsetArb,
  randomFactsArb,
  rfc3339,
  UNKNOWN_FORMS,
  withUnknown,
  type Facts,
} from './arbitraries.js';

const candidacy = (facts: Facts) => evaluate('naltrexone-candidacy', facts);
const RUNS = { numRuns: 150 };

/** Long enough after last use (and any date-only rounding) that the waiting window is over. */
const eligibleCandidate = cleanCandidateArb({ daysSinceUse: [15, 60] });

describe('P3: any required candidacy fact unknown (or urine not done) never gives eligible', () => {
  it.prop([eligibleCandidate, fc.constantFrom(...A_REQUIRED_FACTS), fc.constantFrom(...UNKNOWN_FORMS)], RUNS)(
    'a clean candidate is eligible, and becomes insufficient-information listing the fact once one required fact is unknown',
    async (facts, fact, form) => {
      const base = await candidacy(facts);
      expect(base.outcome).toBe('eligible');
      const result = await candidacy(withUnknown(facts, fact, form));
      expect(result.outcome).not.toBe('eligible');
      expect(result.outcome).toBe('insufficient-information');
      expect(result.firedRules).toContain('A-I2');
      expect(result.missingFacts).toContain(fact);
    },
  );

  it.prop([eligibleCandidate], RUNS)('a clean candidate whose urine screen was not done is never eligible', async (facts) => {
    const result = await candidacy({ ...facts, urineOpioidScreen: 'not-done' });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.firedRules).toContain('A-I2');
    expect(result.missingFacts).toContain('urineOpioidScreen');
  });

  it.prop([eligibleCandidate, fc.subarray([...A_REQUIRED_FACTS], { minLength: 1 }), fc.constantFrom(...UNKNOWN_FORMS)], RUNS)(
    'several required facts unknown at once are all listed',
    async (facts, unknownFacts, form) => {
      const knocked = unknownFacts.reduce((acc, fact) => withUnknown(acc, fact, form), facts);
      const result = await candidacy(knocked);
      expect(result.outcome).not.toBe('eligible');
      expect(result.missingFacts).toEqual(expect.arrayContaining(unknownFacts));
    },
  );

  it.prop([randomFactsArb(), fc.constantFrom(...A_REQUIRED_FACTS, 'urine-not-done'), fc.constantFrom(...UNKNOWN_FORMS)], RUNS)(
    'random facts with a required fact unknown are never eligible',
    async (facts, fact, form) => {
      const knocked = fact === 'urine-not-done' ? { ...facts, urineOpioidScreen: 'not-done' } : withUnknown(facts, fact, form);
      expect((await candidacy(knocked)).outcome).not.toBe('eligible');
    },
  );

  it.prop([eligibleCandidate, fc.constantFrom('physiologicOpioidDependence', 'acuteOpioidWithdrawal', 'severeDepression'), fc.constantFrom(...UNKNOWN_FORMS)], RUNS)(
    'other facts a blocking rule reads (not optional) also block eligible when unknown',
    async (facts, fact, form) => {
      expect((await candidacy(withUnknown(facts, fact, form))).outcome).not.toBe('eligible');
    },
  );
});

describe('P6: any single label contraindication gives contraindicated, whatever else is present', () => {
  it.prop([randomFactsArb(), contraindicationArb], RUNS)('on random facts', async (facts, contraindication) => {
    const result = await candidacy(applyContraindication(facts, contraindication));
    expect(result.outcome).toBe('contraindicated');
    expect(result.firedRules).toContain(contraindication.rule);
  });

  it.prop([eligibleCandidate, contraindicationArb], RUNS)('on an otherwise eligible candidate', async (facts, contraindication) => {
    const result = await candidacy(applyContraindication(facts, contraindication));
    expect(result.outcome).toBe('contraindicated');
    expect(result.firedRules).toContain(contraindication.rule);
  });

  it.prop([randomFactsArb(1), contraindicationArb], RUNS)('on facts that are mostly unknown', async (facts, contraindication) => {
    expect((await candidacy(applyContraindication(facts, contraindication))).outcome).toBe('contraindicated');
  });
});

describe('P7: with fixed facts, a later evaluatedAt never turns eligible into not-yet', () => {
  // Between 5 and 25 days after last use, so both not-yet and eligible are common at the first time.
  const candidate = cleanCandidateArb({ daysSinceUse: [5, 25] });
  const laterBy = fc.integer({ min: 1, max: 30 * 86_400_000 });

  it.prop([candidate, laterBy, offsetArb], { numRuns: 200 })('eligible stays out of not-yet', async (facts, delta, offset) => {
    const first = await candidacy(facts);
    const later = rfc3339(Date.parse(String(facts['evaluatedAt'])) + delta, offset);
    const second = await candidacy({ ...facts, evaluatedAt: later });
    if (first.outcome === 'eligible') expect(second.outcome).not.toBe('not-yet');
    // The waiting window itself does not move with evaluatedAt.
    expect(second.earliestStartAt).toBe(first.earliestStartAt);
    expect(second.recommendedStartAt).toBe(first.recommendedStartAt);
  });

  it.prop([candidate, laterBy, offsetArb], RUNS)('once the window is over it stays over (A-W1/A-W2 never fire again)', async (facts, delta, offset) => {
    const first = await candidacy(facts);
    const waiting = (ids: readonly string[]) => ids.some((id) => id === 'A-W1' || id === 'A-W2');
    const later = await candidacy({ ...facts, evaluatedAt: rfc3339(Date.parse(String(facts['evaluatedAt'])) + delta, offset) });
    if (!waiting(first.firedRules)) expect(waiting(later.firedRules)).toBe(false);
  });

  it('the generator reaches both outcomes (so the property is not vacuous)', async () => {
    const outcomes = new Set<string>();
    for (const facts of fc.sample(candidate, { numRuns: 60, seed: 7 })) outcomes.add((await candidacy(facts)).outcome);
    expect(outcomes).toEqual(new Set(['eligible', 'not-yet']));
  });
});
