/**
 * `pnpm bench`: every benchmark of issue 7 in one process, with figures as Markdown on stdout.
 * `pnpm bench:smoke`: a few seconds of the evaluator suites, failing (exit 1) only when a ratio between two
 * paths measured in the same run regresses grossly; never on an absolute time.
 *
 * Options: --smoke, --only micro,cold,bundle,batch, --batch count:threads:output,... where output is
 * trace, notrace or summary (e.g. 100000:auto:summary,100000:1:trace), --rounds N, --round-ms N, --json file (raw figures).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assessSync } from '@recovery-rules/core/sync';
import { measureBatch, parseBatchSpecs, type BatchRun } from './batch/measure-batch.js';
import { allExportsEntry, goalEntry } from './bundle/browser-entries.js';
import { coreSourceBreakdown, measureBundle, type BundleReport } from './bundle/measure-bundle.js';
import { candidacyComparison } from './candidacy/samples.js';
import { bareNodeMs, measureColdStart, type ColdStart } from './cold-start/measure-cold-start.js';
import { batchGoals, bundleGoals, evaluatorGoals, formatGoals } from './goals.js';
import { generatePatient } from './patients/generate-patient.js';
import { seededRandom } from './patients/random.js';
import { describeEnvironment } from './report/environment.js';
import { formatBatch, formatBundle, formatColdStart, formatRuleSets, formatSuite } from './report/format-sections.js';
import { formatSmokeChecks, smokeChecks } from './smoke-checks.js';
import { runAssessSuite } from './suites/assess-suite.js';
import { runCandidacySuite } from './suites/candidacy-suite.js';
import { runRuleSetsSuite } from './suites/rule-sets-suite.js';
import type { SuiteResult } from './suites/suite.js';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string', default: 'micro,cold,bundle,batch' },
    batch: { type: 'string', default: '100000:auto:summary,1000000:auto:summary,100000:1:summary,100000:auto:notrace' },
    rounds: { type: 'string' },
    'round-ms': { type: 'string' },
    json: { type: 'string' },
  },
});

const only = new Set((values.smoke ? 'micro' : values.only).split(','));
const settings = {
  rounds: Number(values.rounds ?? (values.smoke ? 5 : 21)),
  roundMs: Number(values['round-ms'] ?? (values.smoke ? 15 : 60)),
};
const out = (text: string) => process.stdout.write(`${text}\n`);

/** Generated patients every SDK case cycles through, each checked to assess without error. */
function assessPatients(count: number): Record<string, unknown>[] {
  const random = seededRandom(3);
  return Array.from({ length: count }, () => {
    const facts = generatePatient(random);
    assessSync(facts);
    return facts;
  });
}

out(`## recovery-rules benchmarks${values.smoke ? ' (smoke)' : ''}\n`);
out(describeEnvironment());

let candidacy: SuiteResult | undefined;
let assess: SuiteResult | undefined;
let ruleSets: SuiteResult | undefined;
let cold: ColdStart[] = [];
let bareNode: number | undefined;
let bundle: BundleReport | undefined;
let allExportsBundle: BundleReport | undefined;
const batches: BatchRun[] = [];

if (only.has('micro')) {
  out(`Interleaved rounds: ${settings.rounds} per case, about ${settings.roundMs} ms of CPU each; figures are medians of the rounds, and ratios use CPU time (this process), which a busy machine barely disturbs.\n`);
  const comparison = await candidacyComparison(values.smoke ? 32 : 128);
  const patients = assessPatients(values.smoke ? 64 : 256);
  candidacy = await runCandidacySuite(comparison, settings);
  out(formatSuite(candidacy));
  assess = await runAssessSuite(patients, comparison, settings);
  out(formatSuite(assess));
  if (!values.smoke) {
    ruleSets = await runRuleSetsSuite(patients, settings);
    out(formatRuleSets(ruleSets));
  }
}
if (only.has('cold')) {
  const runs = 15;
  bareNode = bareNodeMs(runs);
  cold = [measureColdStart('sync', runs), measureColdStart('async', runs)];
  out(formatColdStart(cold, bareNode));
}
if (only.has('bundle')) {
  bundle = await measureBundle(join(process.cwd(), '.size'), await goalEntry());
  out(formatBundle(bundle));
  allExportsBundle = await measureBundle(join(process.cwd(), '.size'), allExportsEntry());
  out(formatBundle(allExportsBundle));
  const core = await coreSourceBreakdown();
  out(`The core's own minified bytes by source folder (every export): ${core.map(([group, bytes]) => `${group} ${(bytes / 1000).toFixed(1)} kB`).join(', ')}.\n`);
  for (const measured of [bundle, allExportsBundle]) {
    if (measured.forbiddenPresent.length > 0) {
      out(`FAIL: ${measured.entry} statically imports ${measured.forbiddenPresent.join(', ')}`);
      process.exitCode = 1;
    }
  }
}
if (only.has('batch')) {
  for (const spec of parseBatchSpecs(values.batch)) {
    const run = await measureBatch(spec);
    batches.push(run);
    out(`measured ${spec.patients} patients, ${spec.threads} threads, ${spec.output}: ${Math.round(run.patientsPerSecond)}/s (load average now ${loadavg()[0]?.toFixed(2)})`);
  }
  out(formatBatch(batches));
}

out(formatGoals([...evaluatorGoals(candidacy, assess), ...bundleGoals(bundle), ...batchGoals(batches)]));
out(`load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ settings, candidacy, assess, ruleSets, cold, bareNode, bundle, allExportsBundle, batches }, null, 2)}\n`);

if (values.smoke && candidacy && assess) {
  const checks = smokeChecks(candidacy, assess);
  out(formatSmokeChecks(checks));
  const failed = checks.filter((c) => !c.passed).length;
  out(`\nbench:smoke: ${checks.length - failed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}
