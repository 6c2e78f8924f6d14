/**
 * The readable report of `recovery-rules test`: per file, one line per case (✓ passed, ✗ failed, with
 * each difference on its own line), then rule coverage per rule set, then the totals.
 */
import { formatProblem, type FileProblem } from '../validate-file.js';
import type { RuleSetCoverage } from './coverage.js';
import type { CaseResult } from './run-case.js';

/** Counts over a whole run. */
export interface RunTotals {
  readonly passed: number;
  /** Cases that failed, including those whose facts the core refused. */
  readonly failed: number;
  readonly files: number;
  readonly invalidFiles: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The heading line of a test file. */
export function formatFileHeading(file: string, ruleSetLabel: string): string {
  return `${file}: ${ruleSetLabel}\n`;
}

/** One case: a single line when it passed, otherwise the line and what went wrong, indented. */
export function formatCase(result: CaseResult): string {
  switch (result.status) {
    case 'passed':
      return `  ✓ ${result.name}\n`;
    case 'failed':
      return `  ✗ ${result.name}\n${result.mismatches.map((m) => `      ${m.field}: ${m.message}\n`).join('')}`;
    case 'invalid-facts':
      return `  ✗ ${result.name}\n      invalid facts: ${result.message}\n`;
    case 'internal-error':
      return `  ✗ ${result.name}\n      internal error in the SDK (please report it): ${result.message}\n`;
  }
}

/** An invalid test file: every problem at `file:line:column: message (at /pointer)`. */
export function formatInvalidFile(file: string, problems: readonly FileProblem[]): string {
  return `${file}: not run, the test file is invalid\n${problems.map((p) => `  ${formatProblem(p)}\n`).join('')}`;
}

/** Rule coverage per rule set, and whether any gap fails the run. */
export function formatCoverage(coverage: readonly RuleSetCoverage[], requireFull: boolean): string {
  if (coverage.length === 0) return '';
  const lines = coverage.map((c) => {
    const fired = c.ruleIds.length - c.neverFired.length;
    const gap = c.neverFired.length > 0 ? `; never fired: ${c.neverFired.join(', ')}` : '';
    return `  ${c.label}: ${fired} of ${plural(c.ruleIds.length, 'rule')} fired (${c.percent}%)${gap}\n`;
  });
  const gaps = coverage.filter((c) => c.neverFired.length > 0).length;
  const verdict = requireFull && gaps > 0 ? `  coverage incomplete: ${plural(gaps, 'rule set')} with rules no case fired (--require-full-coverage)\n` : '';
  return `\nRule coverage\n${lines.join('')}${verdict}`;
}

/** The last line: passed and failed cases, files, and invalid test files. */
export function formatTotals(totals: RunTotals): string {
  const invalid = totals.invalidFiles > 0 ? `, ${plural(totals.invalidFiles, 'invalid test file')}` : '';
  return `\n${totals.passed} passed, ${totals.failed} failed${invalid} (${plural(totals.passed + totals.failed, 'case')} in ${plural(totals.files, 'file')})\n`;
}
