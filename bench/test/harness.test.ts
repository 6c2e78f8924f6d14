import { describe, expect, it } from 'vitest';
import { runInterleaved } from '../src/harness/interleave.js';
import { formatTable, speedup } from '../src/harness/report.js';
import { median, relativeSpread } from '../src/harness/statistics.js';

describe('statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('measures spread relative to the median and ignores one outlier', () => {
    expect(relativeSpread([10, 10, 10])).toBe(0);
    expect(relativeSpread([9, 10, 11, 10, 1000])).toBeCloseTo(0.1);
  });
});

describe('runInterleaved', () => {
  it('ranks a case doing ten times the work several times slower (a loaded machine blurs the exact factor), and passes a growing index', async () => {
    const seen: number[] = [];
    const spin = (n: number) => {
      let x = 0;
      for (let i = 0; i < n; i++) x += Math.sqrt(i);
      return x;
    };
    const [light, heavy] = await runInterleaved(
      [
        { name: 'light', run: (i) => (seen.push(i), spin(2_000)) },
        { name: 'heavy', run: () => spin(20_000) },
      ],
      { rounds: 9, roundMs: 5 },
    );
    if (!light || !heavy) throw new Error('missing results');
    expect(speedup(light, heavy)).toBeGreaterThan(1.5);
    expect(speedup(light, heavy)).toBeLessThan(200);
    expect(new Set(seen).size).toBeGreaterThan(10);
    expect(formatTable('t', [light, heavy], heavy)).toMatch(/\| light \| .* \| \d+(\.\d+)?x \|/);
  });

  it('awaits asynchronous cases', async () => {
    let running = 0;
    let overlapped = false;
    await runInterleaved(
      [
        {
          name: 'async',
          async: true,
          run: async () => {
            running += 1;
            if (running > 1) overlapped = true;
            await Promise.resolve();
            running -= 1;
          },
        },
      ],
      { rounds: 3, roundMs: 2 },
    );
    expect(overlapped).toBe(false);
  });
});
