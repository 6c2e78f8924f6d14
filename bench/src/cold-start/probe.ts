/**
 * Run in a fresh process by the cold-start benchmark: `node cold-start-probe.js sync|async`. Measures, from
 * the process's time origin, Node's own start-up, importing the core, loading every built-in rule set, and
 * the first assessment, then prints them as one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { PROBE_PATIENT } from './probe-patient.js';

const mode = process.argv[2] === 'async' ? 'async' : 'sync';
const started = performance.now();
const core = mode === 'async' ? await import('@recovery-rules/core') : await import('@recovery-rules/core/sync');
const imported = performance.now();
for (const id of core.BUILT_IN_RULE_SET_IDS) core.builtInRuleSet(id);
const loaded = performance.now();
const report = mode === 'async' ? await (core as typeof import('@recovery-rules/core')).assess(PROBE_PATIENT) : core.assessSync(PROBE_PATIENT);
const assessed = performance.now();
if (report.messages.length === 0) throw new Error('the first assessment produced no message');
process.stdout.write(
  `${JSON.stringify({ nodeStartMs: started, importMs: imported - started, loadMs: loaded - imported, firstAssessMs: assessed - loaded, totalMs: assessed })}\n`,
);
