import { evaluateSync } from '@recovery-rules/core/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResultDetails } from '../../src/components/ResultDetails.js';

describe('ResultDetails', () => {
  it('gives the possible COWS total range when items are missing, never a single total', () => {
    const result = evaluateSync('cows', { cowsItems: { restingPulse: 2, sweating: 1 } });
    expect(result.total).toBeUndefined();
    const html = renderToStaticMarkup(<ResultDetails result={result} />);
    expect(html).toContain(`between ${result.minTotal} and ${result.maxTotal}`);
    expect(html).not.toContain('<dt>Total</dt>');
  });

  it('lists invalid COWS answers that the rule set answers with its invalid-input outcome', () => {
    const result = evaluateSync('cows', { cowsItems: { restingPulse: 3 } });
    expect(result.invalidFacts?.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<ResultDetails result={result} />);
    expect(html).toContain('Invalid answers');
    expect(html).toContain('restingPulse');
  });
});
