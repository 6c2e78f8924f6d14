/**
 * Run in a fresh process by the cold-start benchmark: `node cold-start-probe.js sync|async`. Measures, from
 * the process's time origin, Node's own start-up, importing the core, loading every built-in rule set, and
 * the first assessment, in wall time and in CPU time, then prints them as one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { PROBE_PATIENT } from './probe-patient.js';

const mode = process.argv[2] === 'async' ? 'async' : 'sync';
/** CPU milliseconds (user + system) this process has used so far: unlike wall time, barely moved by load. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const cpuStarted = cpuMs();
const core = mode === 'async' ? await import('@recovery-rules/core') : await import('@recovery-rules/core/sync');
const imported = performance.now();
const cpuImported = cpuMs();
for (const id of core.BUILT_IN_RULE_SET_IDS) core.builtInRuleSet(id);
const loaded = performance.now();
const report = mode === 'async' ? await (core as typeof import('@recovery-rules/core')).assess(PROBE_PATIENT) : core.assessSync(PROBE_PATIENT);
const assessed = performance.now();
const cpuAssessed = cpuMs();
if (report.messages.length === 0) throw new Error('the first assessment produced no message');
process.stdout.write(
  `${JSON.stringify({
    nodeStartMs: started,
    importMs: imported - started,
    loadMs: loaded - imported,
    firstAssessMs: assessed - loaded,
    totalMs: assessed,
    cpuNodeStartMs: cpuStarted,
    cpuImportMs: cpuImported - cpuStarted,
    cpuLoadAndAssessMs: cpuAssessed - cpuImported,
    cpuTotalMs: cpuAssessed,
  })}\n`,
);
