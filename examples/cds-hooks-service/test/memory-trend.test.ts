import { describe, expect, it } from 'vitest';
import { slope, trendOf } from '../src/load/memory-trend.js';
import type { MemorySample } from '../src/memory-log.js';

const sample = (uptimeSeconds: number, heapUsedMiB: number): MemorySample => ({
  event: 'memory',
  uptimeSeconds,
  afterFullGc: true,
  rssMiB: 100,
  heapUsedMiB,
  heapTotalMiB: 50,
  externalMiB: 1,
  arrayBuffersMiB: 0,
});

describe('the load test memory trend', () => {
  it('computes the least-squares slope, and none from fewer than three points', () => {
    expect(slope([0, 10, 20, 30], [5, 7, 9, 11])).toBeCloseTo(0.2);
    expect(slope([0, 10], [5, 7])).toBeUndefined();
  });

  it('reports first, last and max over the run but the slope only after warm-up', () => {
    // A warm-up climb from 10 to 40 MiB, then flat: the slope after warm-up is zero, not the climb.
    const samples = [sample(10, 10), sample(20, 40), sample(30, 40), sample(40, 40), sample(50, 40)];
    expect(trendOf(samples, (m) => m.heapUsedMiB, 30)).toEqual({ first: 10, last: 40, max: 40, slopeAfterWarmUpMiBPerMinute: 0 });
    // Growing 1 MiB every 10 s after warm-up: 6 MiB per minute.
    const growing = [sample(10, 10), sample(20, 40), sample(30, 41), sample(40, 42), sample(50, 43)];
    expect(trendOf(growing, (m) => m.heapUsedMiB, 30)?.slopeAfterWarmUpMiBPerMinute).toBe(6);
  });
});
