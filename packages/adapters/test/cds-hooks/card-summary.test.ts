import { describe, expect, it } from 'vitest';
import { cardSummary } from '../../src/cds-hooks/card-summary.js';

describe('cardSummary', () => {
  it('keeps a short summary as written, with whitespace collapsed', () => {
    expect(cardSummary('Call  911\nnow.')).toBe('Call 911 now.');
  });

  it('cuts a long one at a word boundary under 140 characters', () => {
    const long = 'word '.repeat(40).trim();
    const cut = cardSummary(long);
    expect(cut.length).toBeLessThan(140);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
