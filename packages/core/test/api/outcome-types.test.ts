import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import { evaluate, type CandidacyOutcome, type EvaluationResult, type UrgentHelpOutcome } from '../../src/index.js';

describe('typed outcomes', () => {
  it('types each built-in result with its own outcome union', () => {
    expectTypeOf<Awaited<ReturnType<typeof evaluate<'naltrexone-candidacy'>>>>().toEqualTypeOf<EvaluationResult<CandidacyOutcome>>();
    expectTypeOf<CandidacyOutcome>().toEqualTypeOf<
      'contraindicated' | 'needs-clinical-evaluation' | 'not-yet' | 'insufficient-information' | 'eligible'
    >();
  });

  it('lets ts-pattern check that every outcome is handled', () => {
    const label = (outcome: UrgentHelpOutcome) =>
      match(outcome)
        .with('emergency-call-now', () => 'call now')
        .with('urgent-same-day', () => 'today')
        .with('insufficient-information', () => 'if in doubt, call')
        .with('contact-care-team', () => 'this week')
        .with('routine', () => 'as usual')
        .exhaustive();
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });
});
