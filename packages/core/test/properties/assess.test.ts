import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assess, builtInRuleSet, BUILT_IN_RULE_SET_IDS, type OutcomeSeverity } from '../../src/index.js';
import { randomFactsArb } from './arbitraries.js';

const RANK: Record<OutcomeSeverity, number> = { critical: 0, warning: 1, info: 2 };
const withTime = randomFactsArb(2);

describe('assess: properties', () => {
  it.prop([withTime], { numRuns: 60 })('the combined urgency is never below any single rule set', async (facts) => {
    const report = await assess(facts);
    for (const id of BUILT_IN_RULE_SET_IDS) {
      const severity = builtInRuleSet(id).outcomes.find((o) => o.id === report.results[id].outcome)?.severity ?? 'info';
      expect(RANK[report.urgency]).toBeLessThanOrEqual(RANK[severity]);
    }
  });

  it.prop([withTime, fc.integer()], { numRuns: 40 })('a report does not depend on the order of the facts keys', async (facts, seed) => {
    const keys = Object.keys(facts);
    const shuffled = keys
      .map((key, i) => [key, (Math.imul(i + 1, seed | 1) >>> 0) % 1009] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => key);
    const reordered = Object.fromEntries(shuffled.map((key) => [key, facts[key]]));
    expect(await assess(reordered)).toEqual(await assess(facts));
  });
});
