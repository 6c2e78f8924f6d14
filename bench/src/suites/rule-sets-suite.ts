/** Each built-in rule set: the synchronous SDK path against the json-rules-engine path, interleaved. */
import { BUILT_IN_RULE_SET_IDS, evaluate, evaluateSync } from '@recovery-rules/core';
import type { BenchCase, RunSettings } from '../harness/interleave.js';
import { runSuite, type SuiteResult } from './suite.js';

/** Case names for one rule set. */
export const syncCase = (id: string): string => `${id}: evaluateSync`;
export const asyncCase = (id: string): string => `${id}: evaluate (json-rules-engine)`;

/** Two cases per rule set, cycling through `patients`. */
export function ruleSetCases(patients: readonly Record<string, unknown>[]): BenchCase[] {
  const patient = (i: number) => patients[i % patients.length];
  return BUILT_IN_RULE_SET_IDS.flatMap((id): BenchCase[] => [
    { name: syncCase(id), run: (i) => evaluateSync(id, patient(i)) },
    { name: asyncCase(id), async: true, run: (i) => evaluate(id, patient(i)) },
  ]);
}

/** Runs the per-rule-set suite; ratios are printed per rule set against its own json-rules-engine path. */
export function runRuleSetsSuite(patients: readonly Record<string, unknown>[], settings: RunSettings): Promise<SuiteResult> {
  const first = BUILT_IN_RULE_SET_IDS[0] ?? 'naltrexone-candidacy';
  return runSuite('Each built-in rule set', asyncCase(first), ruleSetCases(patients), settings, [
    'Each evaluation includes the rule sets it reads outcomes from (e.g. candidacy evaluates urgent help and waiting period).',
  ]);
}
