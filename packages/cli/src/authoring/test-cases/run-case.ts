/**
 * Runs one test case through the core: the file's `base` facts overlaid with the case's own (a shallow
 * merge, as in SPEC §5), evaluated with `evaluate` for a built-in rule set or `evaluateRuleSet` for a
 * rule-set file, then compared with the expectation.
 */
import { evaluate, evaluateRuleSet, FactsValidationError, type EvaluationResult } from '@recovery-rules/core';
import { compareResult, type Mismatch } from './compare.js';
import type { TestedRuleSet } from './resolve-rule-set.js';
import type { FactsObject, TestCase } from './schema.js';

/** What happened to one case. `firedRules` counts towards coverage whether the case passed or not. */
export type CaseResult =
  | { readonly name: string; readonly status: 'passed'; readonly firedRules: readonly string[] }
  | { readonly name: string; readonly status: 'failed'; readonly firedRules: readonly string[]; readonly mismatches: readonly Mismatch[] }
  /** The core refused the facts (`invalid-facts`), or threw unexpectedly (`internal-error`, an SDK bug). */
  | { readonly name: string; readonly status: 'invalid-facts' | 'internal-error'; readonly firedRules: readonly []; readonly message: string };

async function evaluateCase(tested: TestedRuleSet, facts: FactsObject): Promise<EvaluationResult> {
  return tested.builtInId !== undefined ? evaluate(tested.builtInId, facts) : evaluateRuleSet(tested.ruleSet, facts);
}

/** Evaluates `testCase` (over `base`) against the rule set and compares the result with its expectation. */
export async function runCase(testCase: TestCase, base: FactsObject | undefined, tested: TestedRuleSet): Promise<CaseResult> {
  const { name } = testCase;
  let result: EvaluationResult;
  try {
    result = await evaluateCase(tested, { ...base, ...testCase.facts });
  } catch (error) {
    if (error instanceof FactsValidationError) {
      return { name, status: 'invalid-facts', firedRules: [], message: error.issues.map((issue) => issue.message).join('; ') };
    }
    return { name, status: 'internal-error', firedRules: [], message: error instanceof Error ? error.message : String(error) };
  }
  const mismatches = compareResult(testCase.expect, result);
  return mismatches.length === 0
    ? { name, status: 'passed', firedRules: result.firedRules }
    : { name, status: 'failed', firedRules: result.firedRules, mismatches };
}
