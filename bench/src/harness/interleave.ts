/**
 * An interleaved benchmark runner: every case runs once per round, rounds repeat, the order of cases
 * rotates each round, and each case reports the median time per operation over the rounds. Interleaving
 * spreads machine noise (frequency changes, other processes, GC from a neighbour) over all cases alike, so
 * ratios between cases measured in one run are far steadier than absolute times. Each round records CPU
 * time as well as wall time; figures and ratios use CPU time, which other processes on a shared machine
 * barely disturb (their time slices are not this process's CPU time).
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
  /**
   * Median CPU nanoseconds (user + system, this process) per operation over the rounds: the figure ratios
   * use, since time the scheduler gives to other processes on a busy machine is not counted.
   */
  readonly medianNs: number;
  /** Median wall-clock nanoseconds per operation over the rounds. */
  readonly medianWallNs: number;
  /** Median absolute deviation of the rounds' CPU times, relative to the median. */
  readonly spread: number;
  readonly operationsPerRound: number;
}

/** Keeps results reachable so the optimiser cannot drop an operation whose value is unused. */
let sink: unknown;

/** The last value a case produced (read by nobody; see {@link sink}). */
export function lastSinkValue(): unknown {
  return sink;
}

interface Elapsed {
  readonly wallNs: number;
  readonly cpuNs: number;
}

async function timeOperations(bench: BenchCase, count: number, offset: number): Promise<Elapsed> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  if (bench.async) {
    for (let i = 0; i < count; i++) sink = await bench.run(offset + i);
  } else {
    for (let i = 0; i < count; i++) sink = bench.run(offset + i);
  }
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  return { wallNs, cpuNs: (used.user + used.system) * 1000 };
}

/** Operations per round: doubles a trial count until it fills a tenth of a round, then scales up. */
async function calibrate(bench: BenchCase, roundMs: number): Promise<number> {
  let count = 1;
  for (;;) {
    const elapsedNs = (await timeOperations(bench, count, 0)).cpuNs;
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
  const cpuSamples: number[][] = cases.map(() => []);
  const wallSamples: number[][] = cases.map(() => []);
  for (let round = 0; round < settings.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const index = (k + round) % cases.length;
      const count = counts[index] as number;
      const { wallNs, cpuNs } = await timeOperations(cases[index] as BenchCase, count, round * count);
      (cpuSamples[index] as number[]).push(cpuNs / count);
      (wallSamples[index] as number[]).push(wallNs / count);
    }
  }
  return cases.map((bench, index) => ({
    name: bench.name,
    medianNs: median(cpuSamples[index] as number[]),
    medianWallNs: median(wallSamples[index] as number[]),
    spread: relativeSpread(cpuSamples[index] as number[]),
    operationsPerRound: counts[index] as number,
  }));
}
