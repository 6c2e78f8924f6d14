/** Prints benchmark figures as a Markdown table with each case's speed relative to a baseline case. */
import type { CaseResult } from './interleave.js';

/** A duration in the unit that reads best. */
export function formatDuration(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/** How many times faster `result` is than `baseline` (2 = twice as fast). */
export function speedup(result: CaseResult, baseline: CaseResult): number {
  return baseline.medianNs / result.medianNs;
}

/** A Markdown table: case, median CPU and wall time per operation, CPU-bound operations per second, spread, speed-up. */
export function formatTable(title: string, results: readonly CaseResult[], baseline: CaseResult): string {
  const rows = results.map((r) => {
    const ratio = speedup(r, baseline);
    const times = ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2);
    return `| ${r.name} | ${formatDuration(r.medianNs)} | ${formatDuration(r.medianWallNs)} | ${Math.round(1e9 / r.medianNs).toLocaleString('en-US')} | ±${(r.spread * 100).toFixed(1)}% | ${times}x |`;
  });
  return [
    `### ${title}`,
    '',
    `| case | CPU per op | wall per op | ops/s (CPU) | spread | vs ${baseline.name} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
