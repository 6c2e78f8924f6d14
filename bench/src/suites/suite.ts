/** What every micro-benchmark suite returns: its figures, the baseline they are relative to, and a title. */
import type { BenchCase, CaseResult, RunSettings } from '../harness/interleave.js';
import { runInterleaved } from '../harness/interleave.js';

/** The figures of one interleaved group of cases. */
export interface SuiteResult {
  readonly title: string;
  readonly baseline: string;
  readonly results: readonly CaseResult[];
  /** Notes printed under the table (sample sizes, what a case includes). */
  readonly notes: readonly string[];
}

/** Runs a group of cases interleaved and names its baseline. */
export async function runSuite(title: string, baseline: string, cases: readonly BenchCase[], settings: RunSettings, notes: readonly string[] = []): Promise<SuiteResult> {
  if (!cases.some((c) => c.name === baseline)) throw new Error(`suite "${title}" has no baseline case "${baseline}"`);
  return { title, baseline, results: await runInterleaved(cases, settings), notes };
}

/** The figures of one named case. */
export function caseNamed(suite: SuiteResult, name: string): CaseResult {
  const found = suite.results.find((r) => r.name === name);
  if (!found) throw new Error(`suite "${suite.title}" has no case "${name}"`);
  return found;
}

/** How many times faster case `name` is than case `than` in the same suite. */
export function ratio(suite: SuiteResult, name: string, than: string): number {
  return caseNamed(suite, than).medianNs / caseNamed(suite, name).medianNs;
}
