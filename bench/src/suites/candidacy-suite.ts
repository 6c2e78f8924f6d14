/**
 * Naltrexone candidacy in every evaluator, interleaved, relative to raw json-rules-engine. The SDK's
 * compiled logic, the raw engines, json-logic-js and the hand-written function all decide over the same
 * already-derived values (the same logic on the same inputs); evaluateSync and evaluate are also measured
 * end to end (parse facts, derive, evaluate the rule sets candidacy reads, build the explained result).
 */
import { evaluate, evaluateSync } from '@recovery-rules/core';
import jsonLogic from 'json-logic-js';
import type { BenchCase, RunSettings } from '../harness/interleave.js';
import type { CandidacyComparison } from '../candidacy/samples.js';
import { CASES } from './case-names.js';
import { runSuite, type SuiteResult } from './suite.js';

/** The candidacy cases over the comparison's samples (operation `i` uses sample `i mod n`). */
export function candidacyCases(comparison: CandidacyComparison): BenchCase[] {
  const { samples, rawEngine, jsonLogicRules, handWritten, compiled } = comparison;
  const n = samples.length;
  const sample = (i: number) => samples[i % n] as (typeof samples)[number];
  return [
    { name: CASES.rawEngine, async: true, run: (i) => rawEngine(sample(i).values) },
    {
      name: CASES.jsonLogic,
      run: (i) => {
        const values = sample(i).values;
        let fired = 0;
        for (const [, logic] of jsonLogicRules) if (jsonLogic.apply(logic, values)) fired++;
        return fired;
      },
    },
    { name: CASES.handWritten, run: (i) => handWritten(sample(i).values) },
    { name: CASES.sdkCompiled, run: (i) => compiled.decide(sample(i).values) },
    { name: CASES.sdkCompiledTrace, run: (i) => compiled.decideWithTrace(sample(i).values) },
    { name: CASES.sdkSyncNoTrace, run: (i) => evaluateSync('naltrexone-candidacy', sample(i).facts, { trace: false }) },
    { name: CASES.sdkSync, run: (i) => evaluateSync('naltrexone-candidacy', sample(i).facts) },
    { name: CASES.sdkAsync, async: true, run: (i) => evaluate('naltrexone-candidacy', sample(i).facts) },
  ];
}

/** Runs the candidacy suite. */
export function runCandidacySuite(comparison: CandidacyComparison, settings: RunSettings): Promise<SuiteResult> {
  return runSuite('Naltrexone candidacy: one evaluation', CASES.rawEngine, candidacyCases(comparison), settings, [
    `${comparison.samples.length} sample patients (of ${comparison.generated} generated: those whose candidacy answer waits on no unknown fact, where two-valued engines are correct), each checked: every evaluator fires the same rules as the SDK.`,
    'evaluateSync and evaluate run end to end from raw facts (parse, derive, the rule sets candidacy reads, result with messages); compiled logic (with or without trace; with trace it also ranks missing facts and builds the condition tree of every rule), the raw engines, json-logic-js and the hand-written function get the derived values the candidacy rules read.',
  ]);
}
