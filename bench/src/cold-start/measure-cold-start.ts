/**
 * Cold start: spawns fresh `node` processes running the probe and reports the median of each phase. A bare
 * `node -e 0` is measured the same way, so Node's own start-up can be told apart from the SDK's.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../harness/statistics.js';

/** Median milliseconds of each phase of a cold start. */
export interface ColdStart {
  readonly mode: 'sync' | 'async';
  readonly runs: number;
  readonly nodeStartMs: number;
  readonly importMs: number;
  readonly loadMs: number;
  readonly firstAssessMs: number;
  readonly totalMs: number;
  /** CPU time (user + system) of the same phases; loading and the first assess are counted together. */
  readonly cpuNodeStartMs: number;
  readonly cpuImportMs: number;
  readonly cpuLoadAndAssessMs: number;
  readonly cpuTotalMs: number;
  /** Wall time of the whole process, from spawn to exit. */
  readonly processMs: number;
}

const PROBE = fileURLToPath(new URL('./cold-start-probe.js', import.meta.url));

function wallMs(args: readonly string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`cold-start probe failed: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

/** Median wall time of a bare `node -e 0`. */
export function bareNodeMs(runs: number): number {
  return median(Array.from({ length: runs }, () => wallMs(['-e', '0']).ms));
}

/** Runs the probe `runs` times in fresh processes. */
export function measureColdStart(mode: 'sync' | 'async', runs: number): ColdStart {
  const samples = Array.from({ length: runs }, () => {
    const { ms, stdout } = wallMs([PROBE, mode]);
    return { ...(JSON.parse(stdout) as Omit<ColdStart, 'mode' | 'runs' | 'processMs'>), processMs: ms };
  });
  const pick = (key: keyof (typeof samples)[number]) => median(samples.map((s) => s[key]));
  return {
    mode,
    runs,
    nodeStartMs: pick('nodeStartMs'),
    importMs: pick('importMs'),
    loadMs: pick('loadMs'),
    firstAssessMs: pick('firstAssessMs'),
    totalMs: pick('totalMs'),
    cpuNodeStartMs: pick('cpuNodeStartMs'),
    cpuImportMs: pick('cpuImportMs'),
    cpuLoadAndAssessMs: pick('cpuLoadAndAssessMs'),
    cpuTotalMs: pick('cpuTotalMs'),
    processMs: pick('processMs'),
  };
}
