/**
 * "Ask next" never asks for what the caller already gave. A derived fact names all its inputs as the facts
 * to ask for; only the ones still unknown are missing (an app's question flow would otherwise loop).
 */
import { describe, expect, it } from 'vitest';
import { assessSync, evaluate, evaluateSync } from '../../src/index.js';

const AT = '2025-06-10T12:00:00Z';

describe('askNext', () => {
  it('drops a derived fact input the caller answered, keeping the one still unknown', async () => {
    const facts = { evaluatedAt: AT, naloxoneGivenAt: 'never' };
    const result = evaluateSync('urgent-help', facts);
    expect(result.missingFacts).toContain('lastOverdoseAt');
    expect(result.missingFacts).not.toContain('naloxoneGivenAt');
    expect((await evaluate('urgent-help', facts)).missingFacts).toEqual(result.missingFacts);
  });

  it('asks for both inputs while neither is known', () => {
    const result = evaluateSync('urgent-help', { evaluatedAt: AT });
    expect(result.missingFacts).toEqual(expect.arrayContaining(['naloxoneGivenAt', 'lastOverdoseAt']));
  });

  it('does not ask an assessment again for rescue and breathing answers already given', () => {
    const facts = { evaluatedAt: AT, naloxoneGivenAt: 'never', lastOverdoseAt: 'never', breathingStatus: 'normal', responsiveness: 'alert' };
    const asked = assessSync(facts).askNext.map((q) => q.fact);
    for (const given of Object.keys(facts)) expect(asked).not.toContain(given);
  });
});
