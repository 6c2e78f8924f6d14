/**
 * Summarises the server's memory samples over a load run: first, last and largest values, and the slope after
 * warm-up (least squares, MiB per minute), for RSS and for the JavaScript heap in use.
 */
import type { MemorySample } from '../memory-log.js';

/** One measure over the run. */
export interface Trend {
  readonly first: number;
  readonly last: number;
  readonly max: number;
  /** Least-squares slope over the samples after warm-up, MiB per minute; undefined with fewer than 3 of them. */
  readonly slopeAfterWarmUpMiBPerMinute: number | undefined;
}

/** The least-squares slope of `y` against `x`, or undefined when there are fewer than three points. */
export function slope(x: readonly number[], y: readonly number[]): number | undefined {
  const n = Math.min(x.length, y.length);
  if (n < 3) return undefined;
  const mean = (values: readonly number[]) => values.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const mx = mean(x);
  const my = mean(y);
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (x[i]! - mx) * (y[i]! - my);
    den += (x[i]! - mx) ** 2;
  }
  return den === 0 ? undefined : num / den;
}

/** The trend of `pick` over `samples`, the slope over those taken at or after `warmUpSeconds` of uptime. */
export function trendOf(samples: readonly MemorySample[], pick: (sample: MemorySample) => number, warmUpSeconds: number): Trend | undefined {
  if (samples.length === 0) return undefined;
  const values = samples.map((sample) => Math.round(pick(sample) * 10) / 10);
  const warm = samples.filter((sample) => sample.uptimeSeconds >= warmUpSeconds);
  const perSecond = slope(
    warm.map((sample) => sample.uptimeSeconds),
    warm.map(pick),
  );
  return {
    first: values[0]!,
    last: values[values.length - 1]!,
    max: Math.max(...values),
    slopeAfterWarmUpMiBPerMinute: perSecond === undefined ? undefined : Math.round(perSecond * 60 * 100) / 100,
  };
}
