import { describe, expect, it } from 'vitest';
import { candidacyComparison, jsonLogicFired } from '../src/candidacy/samples.js';

describe('the candidacy comparison evaluators', () => {
  it('agree with the SDK on every sample, and the samples cover many different answers', async () => {
    const comparison = await candidacyComparison(200);
    expect(comparison.samples).toHaveLength(200);
    const distinct = new Set(comparison.samples.map((s) => s.fired.join(',')));
    expect(distinct.size).toBeGreaterThan(50);
    const everyFired = new Set(comparison.samples.flatMap((s) => s.fired));
    expect(everyFired.size).toBeGreaterThan(15);
  });

  it('notice a wrong answer: a changed value changes what fires', async () => {
    const comparison = await candidacyComparison(1);
    const values = { ...comparison.samples[0]?.values, currentOrAnticipatedOpioidAnalgesicNeed: 'yes' };
    expect(comparison.handWritten(values)).toContain('A-C1');
    expect(jsonLogicFired(comparison.jsonLogicRules, values)).toContain('A-C1');
    expect(await comparison.rawEngine(values)).toContain('A-C1');
    const cleared = { ...values, currentOrAnticipatedOpioidAnalgesicNeed: 'no' };
    expect(comparison.handWritten(cleared)).not.toContain('A-C1');
    expect(jsonLogicFired(comparison.jsonLogicRules, cleared)).not.toContain('A-C1');
    expect(await comparison.rawEngine(cleared)).not.toContain('A-C1');
  });
});
