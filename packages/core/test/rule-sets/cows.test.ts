import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { COWS_ITEM_SCORES, evaluate, FactsValidationError } from '../../src/index.js';

const zeros: Record<string, number> = Object.fromEntries(Object.keys(COWS_ITEM_SCORES).map((item) => [item, 0]));
const BAND_ORDER = ['below-mild-threshold', 'mild', 'moderate', 'moderately-severe', 'severe'];

describe('cows (SPEC §2E)', () => {
  it('answers an out-of-range score with invalid-input naming the item, never a rounded score', async () => {
    const result = await evaluate('cows', { cowsItems: { ...zeros, sweating: 2.5 } });
    expect(result.outcome).toBe('invalid-input');
    expect(result.firedRules).toEqual(['E-ERR']);
    expect(result.invalidFacts?.map((i) => i.field)).toEqual(['cowsItems.sweating']);
    expect(result.total).toBeUndefined();
    expect(result.messages[0]?.summary).toMatch(/enter it again/);
  });

  it('answers an unknown item name with invalid-input', async () => {
    expect((await evaluate('cows', { cowsItems: { ...zeros, sneezing: 1 } })).outcome).toBe('invalid-input');
  });

  it('still throws for invalid facts outside the COWS input', async () => {
    await expect(evaluate('cows', { cowsItems: zeros, ageYears: -1 })).rejects.toBeInstanceOf(FactsValidationError);
  });

  it('returns insufficient-information when the missing items could change the band', async () => {
    const { yawning: _y, goosefleshSkin: _g, ...partial }: Record<string, number> = { ...zeros, sweating: 4 };
    const result = await evaluate('cows', { cowsItems: partial });
    expect(result).toMatchObject({ outcome: 'insufficient-information', minTotal: 4, maxTotal: 13, complete: false });
    expect(result.unknownRules).toContain('E-3');
    expect(result.missingFacts).toContain('cowsItems');
    expect(result.messages[0]?.summary).toMatch(/missing items/);
  });

  it('gives a band with complete: false when every possible value lands in it (E-3)', async () => {
    const { yawning: _y, ...partial } = zeros;
    const result = await evaluate('cows', { cowsItems: partial });
    expect(result).toMatchObject({ outcome: 'below-mild-threshold', complete: false, minTotal: 0, maxTotal: 4 });
    expect(result.total).toBeUndefined();
  });

  it('tags a self-rated score (E-4) without changing the band', async () => {
    const result = await evaluate('cows', { cowsItems: zeros, cowsAssessor: 'self' });
    expect(result.outcome).toBe('below-mild-threshold');
    expect(result.flags).toContain('self-rated');
  });

  it('returns insufficient-information when nothing was recorded', async () => {
    expect((await evaluate('cows', {})).outcome).toBe('insufficient-information');
  });

  it.prop([fc.record(Object.fromEntries(Object.entries(COWS_ITEM_SCORES).map(([k, v]) => [k, fc.constantFrom(...v)]))), fc.constantFrom(...Object.keys(COWS_ITEM_SCORES))])(
    'P8: raising any item never lowers the band',
    async (items, item) => {
      const scores = COWS_ITEM_SCORES[item as keyof typeof COWS_ITEM_SCORES] as readonly number[];
      const current = (items as Record<string, number>)[item] ?? 0;
      const higher = scores.find((s) => s > current);
      if (higher === undefined) return;
      const before = await evaluate('cows', { cowsItems: items });
      const after = await evaluate('cows', { cowsItems: { ...items, [item]: higher } });
      expect(BAND_ORDER.indexOf(after.outcome)).toBeGreaterThanOrEqual(BAND_ORDER.indexOf(before.outcome));
    },
  );
});
