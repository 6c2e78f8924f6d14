/**
 * The CI smoke checks: each compares two cases measured interleaved in the same run, so a slow or busy CI
 * machine cannot fail them; only a gross regression in how the paths relate to each other does. No check
 * ever reads an absolute time.
 */
import { CASES } from './suites/case-names.js';
import { caseNamed, ratio, type SuiteResult } from './suites/suite.js';

/** One ratio check. */
export interface SmokeCheck {
  readonly name: string;
  readonly ratio: number;
  readonly atLeast: number;
  readonly passed: boolean;
}

function check(name: string, value: number, atLeast: number): SmokeCheck {
  return { name, ratio: value, atLeast, passed: value >= atLeast };
}

/** The checks for a candidacy suite and an assess suite from the same run. */
export function smokeChecks(candidacy: SuiteResult, assess: SuiteResult): SmokeCheck[] {
  const sumOfParts = caseNamed(assess, CASES.sumOfParts).medianNs;
  const assessSync = caseNamed(assess, CASES.assessSync).medianNs;
  return [
    // About 130x and 50x on this machine: a third of that still leaves room for a busy CI machine.
    check('candidacy: compiled logic at least 40x faster than raw json-rules-engine (speed-up)', ratio(candidacy, CASES.sdkCompiled, CASES.rawEngine), 40),
    check('candidacy: compiled logic with trace at least 15x faster than raw json-rules-engine (speed-up)', ratio(candidacy, CASES.sdkCompiledTrace, CASES.rawEngine), 15),
    check('candidacy: compiled logic faster than json-logic-js (speed-up)', ratio(candidacy, CASES.sdkCompiled, CASES.jsonLogic), 1),
    check('candidacy: evaluateSync faster than the json-rules-engine path (speed-up)', ratio(candidacy, CASES.sdkSync, CASES.sdkAsync), 1),
    check('assess: assessSync faster than the json-rules-engine path (speed-up)', ratio(assess, CASES.assessSync, CASES.assessAsync), 1),
    check('assess: assessSync within 2x of the sum of its parts (sum / (assessSync / 2))', (2 * sumOfParts) / assessSync, 1),
    check('candidacy: the hand-written function faster than the SDK (sanity of the harness)', ratio(candidacy, CASES.handWritten, CASES.sdkSync), 1),
  ];
}

/** The checks as lines of text. */
export function formatSmokeChecks(checks: readonly SmokeCheck[]): string {
  return checks.map((c) => `${c.passed ? 'ok  ' : 'FAIL'} ${c.name}: ${c.ratio.toFixed(2)} (needs ≥ ${c.atLeast})`).join('\n');
}
