/** Markdown for each section of the benchmark report. */
import type { BatchRun } from '../batch/measure-batch.js';
import type { BundleReport } from '../bundle/measure-bundle.js';
import type { ColdStart } from '../cold-start/measure-cold-start.js';
import { formatDuration, formatTable } from '../harness/report.js';
import { asyncCase, syncCase } from '../suites/rule-sets-suite.js';
import { caseNamed, type SuiteResult } from '../suites/suite.js';

/** Kilobytes as size-limit counts them (1 kB = 1000 bytes). */
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** A suite's table and notes. */
export function formatSuite(suite: SuiteResult): string {
  return [formatTable(suite.title, suite.results, caseNamed(suite, suite.baseline)), ...suite.notes.map((n) => `- ${n}`), ''].join('\n');
}

/** The per-rule-set table: each rule set's synchronous path against its own json-rules-engine path. */
export function formatRuleSets(suite: SuiteResult): string {
  const ids = [...new Set(suite.results.map((r) => r.name.split(':')[0] as string))];
  const rows = ids.map((id) => {
    const sync = caseNamed(suite, syncCase(id));
    const viaEngine = caseNamed(suite, asyncCase(id));
    return `| ${id} | ${formatDuration(sync.medianNs)} | ${formatDuration(viaEngine.medianNs)} | ${(viaEngine.medianNs / sync.medianNs).toFixed(2)}x |`;
  });
  return [
    `### ${suite.title}`,
    '',
    '| rule set | evaluateSync (CPU per op) | evaluate, json-rules-engine (CPU per op) | speed-up |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    ...suite.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** The cold-start table. */
export function formatColdStart(runs: readonly ColdStart[], bareNodeMs: number): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    '### Cold start (fresh process; medians)',
    '',
    '| entry | node start | import | load six rule sets | first assess | total in process | process wall time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.mode === 'sync' ? '@recovery-rules/core/sync, assessSync' : '@recovery-rules/core, assess (json-rules-engine)'} | ${ms(r.nodeStartMs)} | ${ms(r.importMs)} | ${ms(r.loadMs)} | ${ms(r.firstAssessMs)} | ${ms(r.totalMs)} | ${ms(r.processMs)} |`,
    ),
    '',
    '| entry (CPU time, user + system) | node start | import | load + first assess | total |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) => `| ${r.mode === 'sync' ? 'core/sync' : 'core (async)'} | ${ms(r.cpuNodeStartMs)} | ${ms(r.cpuImportMs)} | ${ms(r.cpuLoadAndAssessMs)} | ${ms(r.cpuTotalMs)} |`,
    ),
    '',
    `- ${runs[0]?.runs ?? 0} processes each; a bare \`node -e 0\` takes ${ms(bareNodeMs)} wall time here. CPU time is the steadier figure on a busy machine.`,
    '',
  ].join('\n');
}

/** The bundle table with the per-package breakdown. */
export function formatBundle(bundle: BundleReport): string {
  return [
    '### Browser bundle of `@recovery-rules/core/sync` (esbuild, minified, split, ESM, browser)',
    '',
    `Entry: ${bundle.entry}.`,
    '',
    '| chunk | reached by | min | gzip |',
    '| --- | --- | ---: | ---: |',
    ...bundle.staticChunks.map((c) => `| ${c.file.split('/').pop()} | static import | ${kb(c.minBytes)} | ${kb(c.gzipBytes)} |`),
    ...bundle.lazyChunks.map((c) => `| ${c.file.split('/').pop()} | import() only | ${kb(c.minBytes)} | ${kb(c.gzipBytes)} |`),
    `| **static graph** | | **${kb(bundle.staticMinBytes)}** | **${kb(bundle.staticGzipBytes)}** |`,
    '',
    `Static graph by package (minified bytes): ${bundle.byPackage.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}.`,
    `Only in lazily imported chunks: ${bundle.lazyPackages.join(', ') || 'nothing'}.`,
    '',
  ].join('\n');
}

/** At most `count` items of `items`, evenly spaced, the last one included. */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T);
}

/** The batch throughput table. */
export function formatBatch(runs: readonly BatchRun[]): string {
  return [
    '### Batch: `recovery-rules assess --ndjson` (reports to /dev/null)',
    '',
    'CPU time covers every thread of the CLI process; with N idle cores, patients/s can reach at most N x patients per CPU-second.',
    '',
    '| patients | threads | output | input | wall time | patients/s | CPU time | patients per CPU-second | main-thread CPU | peak RSS |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.patients.toLocaleString('en-US')} | ${r.threads} | ${r.summary ? '--summary' : r.trace ? 'full, traces' : 'full, --no-trace'} | ${r.inputMiB.toFixed(0)} MiB | ${r.seconds.toFixed(1)} s | ${Math.round(r.patientsPerSecond).toLocaleString('en-US')} | ${r.cpuSeconds === undefined ? 'n/a' : `${r.cpuSeconds.toFixed(1)} s`} | ${r.cpuSeconds === undefined ? 'n/a' : Math.round(r.patients / r.cpuSeconds).toLocaleString('en-US')} | ${r.mainThreadCpuSeconds === undefined ? 'n/a' : `${r.mainThreadCpuSeconds.toFixed(1)} s`} | ${r.peakRssMiB === undefined ? 'n/a' : `${r.peakRssMiB.toFixed(0)} MiB`} |`,
    ),
    '',
    ...runs
      .filter((r) => r.rssSamples.length > 1)
      .map((r) => `Resident memory of the ${r.patients.toLocaleString('en-US')}-patient ${r.threads}-thread run over time (s: MiB): ${evenlySpaced(r.rssSamples, 30).map((s) => `${s.seconds.toFixed(0)}: ${s.rssMiB.toFixed(0)}`).join(', ')}`),
    '',
  ].join('\n');
}
