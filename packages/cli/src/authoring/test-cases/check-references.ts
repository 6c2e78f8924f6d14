/**
 * Checks what a test file names against its rule set before anything runs: outcomes, rule ids and flag
 * ids must exist, dates and totals must be things the rule set reports, and case names must be unique.
 * A typo in `notFiredRules` would otherwise pass for ever, testing nothing.
 */
import type { RuleSet } from '@recovery-rules/core';
import type { PathIssue } from '../file-problems.js';
import type { TestFile } from './schema.js';
import { didYouMean } from './suggest.js';

/** Every rule id a rule set can report as fired, including its invalid-input rule (e.g. COWS E-ERR). */
export function ruleIdsOf(ruleSet: RuleSet): string[] {
  return [...ruleSet.rules.map((rule) => rule.id), ...(ruleSet.invalidInput ? [ruleSet.invalidInput.ruleId] : [])];
}

const DATE_KEYS = ['earliestStartDate', 'recommendedStartDate', 'earliestStartAt', 'recommendedStartAt'] as const;

function flagProblem(flag: string, ruleSet: RuleSet): string | undefined {
  const flags = ruleSet.flags.map((f) => f.id);
  if (flags.includes(flag)) return undefined;
  const rule = ruleSet.rules.find((r) => r.id === flag && r.effect.kind === 'flag');
  if (rule?.effect.kind === 'flag') return `"${flag}" is a rule id; the flag it raises is "${rule.effect.flag}" (or list the rule under firedRules)`;
  const known = flags.length > 0 ? `its flags are: ${flags.join(', ')}` : 'it raises no flags';
  return `${ruleSet.id} has no flag "${flag}"${didYouMean(flag, flags)} (${known})`;
}

/** Problems with the names a test file uses, each at its path. */
export function checkReferences(testFile: TestFile, ruleSet: RuleSet): PathIssue[] {
  const issues: PathIssue[] = [];
  const outcomes = ruleSet.outcomes.map((o) => o.id);
  const ruleIds = ruleIdsOf(ruleSet);
  const names = new Set<string>();
  testFile.cases.forEach((testCase, i) => {
    const at = (...rest: PropertyKey[]) => ['cases', i, ...rest];
    const { expect } = testCase;
    if (names.has(testCase.name)) issues.push({ path: at('name'), message: `another case is already named "${testCase.name}"` });
    names.add(testCase.name);
    if (!outcomes.includes(expect.outcome)) {
      issues.push({
        path: at('expect', 'outcome'),
        message: `"${expect.outcome}" is not an outcome of ${ruleSet.id}${didYouMean(expect.outcome, outcomes)} (its outcomes are: ${outcomes.join(', ')})`,
      });
    }
    for (const key of ['firedRules', 'notFiredRules'] as const) {
      expect[key]?.forEach((id, j) => {
        if (!ruleIds.includes(id)) issues.push({ path: at('expect', key, j), message: `${ruleSet.id} has no rule "${id}"${didYouMean(id, ruleIds)}` });
        else if (key === 'notFiredRules' && expect.firedRules?.includes(id)) {
          issues.push({ path: at('expect', key, j), message: `"${id}" is listed both as fired and as not fired` });
        }
      });
    }
    expect.flags?.forEach((flag, j) => {
      const problem = flagProblem(flag, ruleSet);
      if (problem) issues.push({ path: at('expect', 'flags', j), message: problem });
    });
    for (const key of DATE_KEYS) {
      if (expect[key] !== undefined && !ruleSet.reports.has('waitingDates')) {
        issues.push({ path: at('expect', key), message: `${ruleSet.id} does not report waiting-period dates` });
      }
    }
    if (expect.total !== undefined && !ruleSet.reports.has('cowsTotals')) {
      issues.push({ path: at('expect', 'total'), message: `${ruleSet.id} does not report a COWS total` });
    }
  });
  return issues;
}
