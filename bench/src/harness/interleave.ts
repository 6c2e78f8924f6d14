/**
 * An interleaved benchmark runner: every case runs once per round, rounds repeat, the order of cases
 * rotates each round, and each case reports the median time per operation over the rounds. Interleaving
 * spreads machine noise (frequency changes, other processes, GC from a neighbour) over all cases alike, so
 * ratios between cases measured in one run are far steadier than absolute times.
 */
import { median, relativeSpread } from './statistics.js';

/** One thing to measure. `run(i)` does one operation; `i` lets a case cycle through sample inputs. */
export interface BenchCase {
  readonly name: string;
  readonly run: (i: number) => unknown;
  /** Whether `run` returns a promise that must be awaited before the next operation. */
  readonly async?: boolean;
}

/** How long and how often to measure. */
export interface RunSettings {
  /** Rounds per case; the reported figure is the median over them. */
  readonly rounds: number;
  /** Each case's operation count per round is calibrated so one round lasts about this long. */
  readonly roundMs: number;
}

/** The measured figures of one case. */
export interface CaseResult {
  readonly name: string;
  /** Median nanoseconds per operation over the rounds. */
  readonly medianNs: number;
  /** Median absolute deviation of the rounds, relative to the median. */
  readonly spread: number;
  readonly operationsPerRound: number;
}

/** Keeps results reachable so the optimiser cannot drop an operation whose value is unused. */
let sink: unknown;

/** The last value a case produced (read by nobody; see {@link sink}). */
export function lastSinkValue(): unknown {
  return sink;
}

async function timeOperations(bench: BenchCase, count: number, offset: number): Promise<number> {
  const start = process.hrtime.bigint();
  if (bench.async) {
    for (let i = 0; i < count; i++) sink = await bench.run(offset + i);
  } else {
    for (let i = 0; i < count; i++) sink = bench.run(offset + i);
  }
  return Number(process.hrtime.bigint() - start);
}

/** Operations per round: doubles a trial count until it fills a tenth of a round, then scales up. */
async function calibrate(bench: BenchCase, roundMs: number): Promise<number> {
  let count = 1;
  for (;;) {
    const elapsedNs = await timeOperations(bench, count, 0);
    if (elapsedNs >= (roundMs * 1e6) / 10 || count >= 1 << 24) {
      return Math.max(1, Math.round((count * roundMs * 1e6) / Math.max(elapsedNs, 1)));
    }
    count *= 2;
  }
}

/** Runs the cases interleaved and returns their figures in the order given. */
export async function runInterleaved(cases: readonly BenchCase[], settings: RunSettings): Promise<CaseResult[]> {
  const counts: number[] = [];
  for (const bench of cases) counts.push(await calibrate(bench, settings.roundMs));
  const samples: number[][] = cases.map(() => []);
  for (let round = 0; round < settings.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const index = (k + round) % cases.length;
      const count = counts[index] as number;
      const elapsedNs = await timeOperations(cases[index] as BenchCase, count, round * count);
      (samples[index] as number[]).push(elapsedNs / count);
    }
  }
  return cases.map((bench, index) => ({
    name: bench.name,
    medianNs: median(samples[index] as number[]),
    spread: relativeSpread(samples[index] as number[]),
    operationsPerRound: counts[index] as number,
  }));
}
