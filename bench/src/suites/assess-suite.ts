/**
 * All six rule sets: assessSync against the async assess, against the sum of its parts, and against one raw
 * json-rules-engine run of the candidacy rules alone (the goal is that all six in the SDK beat that one run).
 */
import { assess, assessSync, BUILT_IN_RULE_SET_IDS, evaluateSync } from '@recovery-rules/core';
import type { BenchCase, RunSettings } from '../harness/interleave.js';
import type { CandidacyComparison } from '../candidacy/samples.js';
import { CASES } from './case-names.js';
import { runSuite, type SuiteResult } from './suite.js';

/** The assess cases; SDK cases cycle through `patients`, the raw engine through the candidacy samples. */
export function assessCases(patients: readonly Record<string, unknown>[], comparison: CandidacyComparison): BenchCase[] {
  const patient = (i: number) => patients[i % patients.length];
  const sample = (i: number) => comparison.samples[i % comparison.samples.length] as (typeof comparison.samples)[number];
  return [
    { name: CASES.rawEngine, async: true, run: (i) => comparison.rawEngine(sample(i).values) },
    { name: CASES.assessSyncNoTrace, run: (i) => assessSync(patient(i), { trace: false }) },
    { name: CASES.assessSync, run: (i) => assessSync(patient(i)) },
    { name: CASES.assessAsync, async: true, run: (i) => assess(patient(i)) },
    {
      name: CASES.sumOfParts,
      run: (i) => {
        const facts = patient(i);
        return BUILT_IN_RULE_SET_IDS.map((id) => evaluateSync(id, facts).outcome);
      },
    },
  ];
}

/** Runs the assess suite. */
export function runAssessSuite(patients: readonly Record<string, unknown>[], comparison: CandidacyComparison, settings: RunSettings): Promise<SuiteResult> {
  return runSuite('All six rule sets (assess)', CASES.rawEngine, assessCases(patients, comparison), settings, [
    `${patients.length} generated patients (90% of facts given each); the raw json-rules-engine case is the candidacy rules alone, as in the suite above.`,
    'The sum of parts calls evaluateSync once per rule set; each call also evaluates the rule sets it reads, so the sum over-counts.',
  ]);
}
