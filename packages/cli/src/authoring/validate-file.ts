/**
 * Validates one rule-set file the way the loader does, and places every problem at its line and column.
 */
import { loadRuleSet, RuleSetLoadError } from '@recovery-rules/core';
import { syntaxProblems, type FileProblem } from './file-problems.js';
import { locatePointer } from './locate-pointer.js';

export type { FileProblem } from './file-problems.js';

/** The outcome of validating one file. */
export type FileValidation =
  | { readonly ok: true; readonly file: string; readonly id: string; readonly version: string; readonly ruleCount: number }
  | { readonly ok: false; readonly file: string; readonly problems: readonly FileProblem[] };

/** Validates the text of a rule-set file named `file`. */
export function validateFile(file: string, text: string): FileValidation {
  const syntax = syntaxProblems(file, text);
  if (syntax.length > 0) return { ok: false, file, problems: syntax };
  try {
    const ruleSet = loadRuleSet(JSON.parse(text) as unknown, { file });
    return { ok: true, file, id: ruleSet.id, version: ruleSet.version, ruleCount: ruleSet.rules.length };
  } catch (error) {
    if (!(error instanceof RuleSetLoadError)) throw error;
    return {
      ok: false,
      file,
      problems: error.issues.map((issue) => ({
        file,
        pointer: issue.pointer,
        message: issue.message,
        hint: issue.hint,
        ...locatePointer(text, issue.pointer),
      })),
    };
  }
}

/**
 * `file:line:column: message (at pointer)`, the format editors and CI annotate from, followed by an
 * indented `hint:` line when there is one.
 */
export function formatProblem(problem: FileProblem): string {
  const line = `${problem.file}:${problem.line}:${problem.column}: ${problem.message}${problem.pointer ? ` (at ${problem.pointer})` : ''}`;
  return problem.hint === undefined ? line : `${line}\n  hint: ${problem.hint}`;
}
