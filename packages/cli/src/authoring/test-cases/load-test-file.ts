/**
 * Reads and validates one test file completely before any of its cases run: JSON syntax, the format
 * (unknown keys, missing or mistyped values), the rule set it names, and the names its cases use. Every
 * problem is reported at its file, line, column and JSON pointer.
 */
import { readFile } from 'node:fs/promises';
import { stripBom } from '../../read-input.js';
import { UsageError } from '../../usage-error.js';
import type { FileProblem } from '../validate-file.js';
import { checkReferences } from './check-references.js';
import { describeIssues } from './describe-issues.js';
import { placeIssues, syntaxProblems, type PathIssue } from '../file-problems.js';
import { resolveRuleSet, type TestedRuleSet } from './resolve-rule-set.js';
import { testFileSchema, type TestFile } from './schema.js';

/** A test file ready to run, or every problem that stops it. */
export type LoadedTestFile =
  | { readonly ok: true; readonly file: string; readonly testFile: TestFile; readonly tested: TestedRuleSet }
  | { readonly ok: false; readonly file: string; readonly problems: readonly FileProblem[] };

const looksLikeRuleSet = (json: unknown) =>
  typeof json === 'object' && json !== null && 'rules' in json && 'outcomes' in json && !('cases' in json);

const byPosition = (a: FileProblem, b: FileProblem) => a.line - b.line || a.column - b.column;

async function validate(file: string, text: string): Promise<LoadedTestFile> {
  const syntax = syntaxProblems(file, text);
  if (syntax.length > 0) return { ok: false, file, problems: syntax };
  const json = JSON.parse(text) as unknown;
  const fail = (issues: readonly PathIssue[]): LoadedTestFile => ({ ok: false, file, problems: placeIssues(file, text, issues).sort(byPosition) });
  if (looksLikeRuleSet(json)) {
    return fail([{ path: [], message: 'this is a rule-set file, not a test file: keep rule sets outside the directories given to "test"' }]);
  }
  const parsed = testFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return fail(describeIssues(parsed.error.issues));
  const testFile = parsed.data;
  const resolution = await resolveRuleSet(testFile.ruleSet, file);
  if (!resolution.ok) return fail([{ path: ['ruleSet'], message: resolution.message }]);
  const references = checkReferences(testFile, resolution.tested.ruleSet);
  if (references.length > 0) return fail(references);
  return { ok: true, file, testFile, tested: resolution.tested };
}

/**
 * Loads a test file.
 * @throws {@link UsageError} when the file cannot be read.
 */
export async function loadTestFile(file: string): Promise<LoadedTestFile> {
  let text: string;
  try {
    text = stripBom(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return validate(file, text);
}
