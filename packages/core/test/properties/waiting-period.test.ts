/**
 * Waiting-window invariants (SPEC §6): P4, a later lastOpioidUseAt never gives an earlier earliestStartAt;
 * P5, making the opioid type or fentanyl exposure unknown never gives an earlier earliestStartAt.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate, type EvaluationResult } from '../../src/index.js';
import { lastUseText, offsetArb, UNKNOWN_FORMS, waitingScenarioArb, withUnknown, type Facts, type UnknownForm } from './arbitraries.js';

const DAY_MS = 86_400_000;
const policyArb = fc.constantFrom('extend' as const, 'label-only' as const);

async function waiting(facts: Facts, fentanylPolicy: 'extend' | 'label-only'): Promise<EvaluationResult> {
  return evaluate('waiting-period', facts, { fentanylPolicy });
}

/** Asserts `later` has dates no earlier than `earlier` (when `earlier` has any). */
function expectNotEarlier(earlier: EvaluationResult, later: EvaluationResult): void {
  if (earlier.earliestStartAt === undefined) return;
  expect(later.earliestStartAt, 'dates disappeared').toBeDefined();
  expect(Date.parse(later.earliestStartAt!)).toBeGreaterThanOrEqual(Date.parse(earlier.earliestStartAt));
  expect(Date.parse(later.recommendedStartAt!)).toBeGreaterThanOrEqual(Date.parse(earlier.recommendedStartAt!));
  if (later.displayTimeZone === earlier.displayTimeZone) {
    expect(later.earliestStartDate! >= earlier.earliestStartDate!).toBe(true);
    expect(later.recommendedStartDate! >= earlier.recommendedStartDate!).toBe(true);
  }
}

/** Two times of last use, the second no earlier than the first, both in the past. */
const lastUsePairArb = fc.record({
  firstDaysBefore: fc.double({ min: 0, max: 40, noNaN: true }),
  laterFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  offsets: fc.tuple(offsetArb, offsetArb),
  dateOnly: fc.boolean(),
});

describe('P4: a later lastOpioidUseAt never gives an earlier earliestStartAt', () => {
  it.prop([waitingScenarioArb, lastUsePairArb, policyArb], { numRuns: 300 })('for date-times and for date-only values', async (scenario, pair, policy) => {
    const secondDaysBefore = pair.firstDaysBefore * (1 - pair.laterFraction);
    const text = (days: number, offset: number) => lastUseText(scenario.evaluatedAtMs, days, offset, pair.dateOnly);
    const first = await waiting({ ...scenario.facts, lastOpioidUseAt: text(pair.firstDaysBefore, pair.offsets[0]) }, policy);
    const second = await waiting({ ...scenario.facts, lastOpioidUseAt: text(secondDaysBefore, pair.offsets[1]) }, policy);
    expectNotEarlier(first, second);
    // A last use in the past never makes the window uncomputable on its own.
    if (first.outcome === 'computed') expect(second.outcome).toBe('computed');
  });

  it.prop([waitingScenarioArb, fc.double({ min: 0, max: 40, noNaN: true }), fc.integer({ min: 1, max: 10 * DAY_MS }), policyArb], { numRuns: 200 })(
    'moving the last use later by Δ moves the window by at most Δ (elapsed time, not calendar days)',
    async (scenario, daysBefore, delta, policy) => {
      const firstMs = scenario.evaluatedAtMs - Math.round(daysBefore * DAY_MS);
      const at = (ms: number) => new Date(Math.min(ms, scenario.evaluatedAtMs)).toISOString();
      const first = await waiting({ ...scenario.facts, lastOpioidUseAt: at(firstMs) }, policy);
      const second = await waiting({ ...scenario.facts, lastOpioidUseAt: at(firstMs + delta) }, policy);
      expectNotEarlier(first, second);
      if (first.earliestStartAt !== undefined) {
        expect(Date.parse(second.earliestStartAt!) - Date.parse(first.earliestStartAt)).toBeLessThanOrEqual(delta);
      }
    },
  );
});

/** Which known value P5 makes unknown. */
type Knockout = { readonly kind: 'type' } | { readonly kind: 'fentanyl' } | { readonly kind: 'exposure-type'; readonly index: number };

describe('P5: making the opioid type or fentanyl exposure unknown never gives an earlier earliestStartAt', () => {
  const scenarioWithKnownValues = fc
    .record({
      scenario: waitingScenarioArb,
      type: fc.constantFrom('short-acting', 'long-acting', 'depot-buprenorphine'),
      fentanyl: fc.constantFrom('yes', 'no'),
      daysBefore: fc.double({ min: 0, max: 40, noNaN: true }),
      offset: offsetArb,
      dateOnly: fc.boolean(),
    })
    .map(({ scenario, type, fentanyl, daysBefore, offset, dateOnly }) => ({
      facts: {
        ...scenario.facts,
        lastOpioidType: type,
        fentanylExposure: fentanyl,
        lastOpioidUseAt: lastUseText(scenario.evaluatedAtMs, daysBefore, offset, dateOnly),
      } as Facts,
    }));

  const knockoutArb: fc.Arbitrary<Knockout> = fc.oneof(
    fc.constant<Knockout>({ kind: 'type' }),
    fc.constant<Knockout>({ kind: 'fentanyl' }),
    fc.nat({ max: 2 }).map<Knockout>((index) => ({ kind: 'exposure-type', index })),
  );

  function knockOut(facts: Facts, knockout: Knockout, form: UnknownForm): Facts {
    if (knockout.kind === 'type') return withUnknown(facts, 'lastOpioidType', form);
    if (knockout.kind === 'fentanyl') return withUnknown(facts, 'fentanylExposure', form);
    const exposures = facts['opioidExposures'];
    if (!Array.isArray(exposures) || exposures.length === 0) return withUnknown(facts, 'lastOpioidType', form);
    const index = knockout.index % exposures.length;
    return { ...facts, opioidExposures: exposures.map((e: Facts, i) => (i === index ? withUnknown(e, 'type', form) : e)) };
  }

  it.prop([scenarioWithKnownValues, knockoutArb, fc.constantFrom(...UNKNOWN_FORMS), policyArb], { numRuns: 300 })(
    'known → unknown',
    async ({ facts }, knockout, form, policy) => {
      const known = await waiting(facts, policy);
      const unknown = await waiting(knockOut(facts, knockout, form), policy);
      expectNotEarlier(known, unknown);
    },
  );

  it.prop([scenarioWithKnownValues, fc.constantFrom(...UNKNOWN_FORMS)], { numRuns: 150 })(
    'the candidacy result carries the same never-earlier dates',
    async ({ facts }, form) => {
      const known = await evaluate('naltrexone-candidacy', facts);
      const unknown = await evaluate('naltrexone-candidacy', withUnknown(withUnknown(facts, 'lastOpioidType', form), 'fentanylExposure', form));
      expectNotEarlier(known, unknown);
    },
  );

  it('an unknown type gets the long (10, 14) window, whatever the fentanyl answer (SPEC §3)', async () => {
    for (const fentanylExposure of ['yes', 'no', 'unknown']) {
      const result = await waiting({ evaluatedAt: '2025-03-20T00:00:00Z', lastOpioidUseAt: '2025-03-01T00:00:00Z', fentanylExposure }, 'label-only');
      expect(result.earliestStartAt).toBe('2025-03-11T00:00:00.000Z');
      expect(result.recommendedStartAt).toBe('2025-03-15T00:00:00.000Z');
    }
  });
});
