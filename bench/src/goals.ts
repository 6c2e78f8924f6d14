/**
 * Issue 7's goals, judged from one run's figures. Each goal says what was measured, the target, and
 * whether it is met; a goal whose figure this run did not measure says so instead of passing.
 */
import type { BatchRun } from './batch/measure-batch.js';
import type { BundleReport } from './bundle/measure-bundle.js';
import { CASES } from './suites/case-names.js';
import { caseNamed, ratio, type SuiteResult } from './suites/suite.js';

/** One goal's verdict. */
export interface GoalVerdict {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean | 'not measured';
}

/** The goal for the core's browser entry, bytes gzipped (issue 7's 35 KB, read strictly as 35,000 bytes). */
export const BUNDLE_GOAL_GZIP_BYTES = 35_000;
/** The batch throughput goal, patients per second end to end on the 2-core machine (issue 7). */
export const BATCH_GOAL_PER_SECOND = 50_000;

const times = (value: number): string => `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}x`;

function has(suite: SuiteResult | undefined, name: string): suite is SuiteResult {
  return suite?.results.some((r) => r.name === name) ?? false;
}

/** Verdicts for the evaluator goals. */
export function evaluatorGoals(candidacy: SuiteResult | undefined, assess: SuiteResult | undefined): GoalVerdict[] {
  const verdicts: GoalVerdict[] = [];
  if (!candidacy) return verdicts;
  if (has(candidacy, CASES.sdkCompiled)) {
    const vsRaw = ratio(candidacy, CASES.sdkCompiled, CASES.rawEngine);
    const vsLogic = ratio(candidacy, CASES.sdkCompiled, CASES.jsonLogic);
    const endToEnd = has(candidacy, CASES.sdkSyncNoTrace) ? `; end to end from raw facts (evaluateSync, trace: false) ${times(ratio(candidacy, CASES.sdkSyncNoTrace, CASES.rawEngine))}` : '';
    verdicts.push({ goal: 'candidacy without trace ≥100x faster than raw json-rules-engine (same logic, same derived values)', measured: `${times(vsRaw)}${endToEnd}`, met: vsRaw >= 100 });
    verdicts.push({ goal: 'candidacy without trace faster than json-logic-js', measured: times(vsLogic), met: vsLogic > 1 });
  } else {
    verdicts.push({ goal: 'candidacy without trace ≥100x faster than raw json-rules-engine', measured: 'no compileRuleSet in this core', met: 'not measured' });
  }
  // Like the goal without trace, judged on the same logic with the same derived values (decideWithTrace);
  // end to end from raw facts is printed beside it, since it also parses facts and explains the result.
  if (has(candidacy, CASES.sdkCompiledTrace)) {
    const withTrace = ratio(candidacy, CASES.sdkCompiledTrace, CASES.rawEngine);
    const endToEnd = has(candidacy, CASES.sdkSync) ? `; end to end from raw facts (evaluateSync with trace) ${times(ratio(candidacy, CASES.sdkSync, CASES.rawEngine))}` : '';
    verdicts.push({ goal: 'candidacy with trace ≥20x faster than raw json-rules-engine (same logic, same derived values)', measured: `${times(withTrace)}${endToEnd}`, met: withTrace >= 20 });
  } else if (has(candidacy, CASES.sdkSync)) {
    const withTrace = ratio(candidacy, CASES.sdkSync, CASES.rawEngine);
    verdicts.push({ goal: 'candidacy with trace ≥20x faster than raw json-rules-engine (end to end only)', measured: times(withTrace), met: withTrace >= 20 });
  }
  if (has(assess, CASES.assessSync)) {
    const allSix = ratio(assess, CASES.assessSync, CASES.rawEngine);
    verdicts.push({
      goal: 'assessSync (six rule sets, with trace) faster than one raw json-rules-engine candidacy run',
      measured: `${times(allSix)} (${(caseNamed(assess, CASES.assessSync).medianNs / 1e3).toFixed(0)} µs vs ${(caseNamed(assess, CASES.rawEngine).medianNs / 1e3).toFixed(0)} µs)`,
      met: allSix > 1,
    });
  }
  return verdicts;
}

/** How far a gzipped size is from the 35 kB goal, in words. */
export function bundleGap(gzipBytes: number): string {
  const gap = (gzipBytes - BUNDLE_GOAL_GZIP_BYTES) / 1000;
  return gap > 0 ? `${gap.toFixed(1)} kB over the 35 kB goal` : `${(-gap).toFixed(1)} kB under the 35 kB goal`;
}

/** Verdicts for the bundle goals. */
export function bundleGoals(bundle: BundleReport | undefined): GoalVerdict[] {
  if (!bundle) return [];
  return [
    {
      goal: 'core browser entry ≤35 kB min+gzip',
      measured: `${(bundle.staticGzipBytes / 1000).toFixed(1)} kB gzip, ${bundleGap(bundle.staticGzipBytes)}`,
      met: bundle.staticGzipBytes <= BUNDLE_GOAL_GZIP_BYTES,
    },
    {
      goal: 'json-rules-engine and its dependencies absent from the synchronous entry',
      measured: bundle.forbiddenPresent.length === 0 ? 'absent from the static graph' : `present: ${bundle.forbiddenPresent.join(', ')}`,
      met: bundle.forbiddenPresent.length === 0,
    },
  ];
}

/** Verdicts for the batch goals, from the runs with the first run's thread setting and output (not traced). */
export function batchGoals(all: readonly BatchRun[]): GoalVerdict[] {
  const threads = all[0]?.threads;
  const summary = all[0]?.summary;
  const runs = all.filter((r) => !r.trace && r.threads === threads && r.summary === summary);
  if (runs.length === 0) return [];
  const largest = runs.reduce((a, b) => (b.patients > a.patients ? b : a));
  const smallest = runs.reduce((a, b) => (b.patients < a.patients ? b : a));
  const verdicts: GoalVerdict[] = [
    {
      goal: 'batch ≥50,000 patients/s end to end on 2 cores',
      measured: `${Math.round(largest.patientsPerSecond).toLocaleString('en-US')} patients/s over ${largest.patients.toLocaleString('en-US')} (${summary ? '--summary' : '--no-trace'}, ${threads} threads)`,
      met: largest.patientsPerSecond >= BATCH_GOAL_PER_SECOND,
    },
  ];
  if (largest !== smallest && largest.peakRssMiB !== undefined && smallest.peakRssMiB !== undefined) {
    const growth = largest.peakRssMiB / smallest.peakRssMiB;
    verdicts.push({
      goal: `peak memory flat (${smallest.patients.toLocaleString('en-US')} vs ${largest.patients.toLocaleString('en-US')} patients)`,
      measured: `${smallest.peakRssMiB.toFixed(0)} MiB vs ${largest.peakRssMiB.toFixed(0)} MiB`,
      met: growth <= 1.25,
    });
  }
  return verdicts;
}

/** The verdicts as a Markdown table. */
export function formatGoals(verdicts: readonly GoalVerdict[]): string {
  const mark = (met: GoalVerdict['met']) => (met === 'not measured' ? 'not measured' : met ? 'met' : 'NOT met');
  return ['### Goals', '', '| goal | measured | verdict |', '| --- | --- | --- |', ...verdicts.map((v) => `| ${v.goal} | ${v.measured} | ${mark(v.met)} |`), ''].join('\n');
}
