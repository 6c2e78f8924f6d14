/**
 * Problems in an authored JSON file (rule set or test cases), first as a path inside the parsed JSON, then
 * placed at the line and column where that path sits in the file as written, for the
 * `file:line:column: message (at /pointer)` form of `validate` and `test`.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { locatePointer, positionAt, type Position } from './locate-pointer.js';

/** One problem, ready to print as `file:line:column`. */
export interface FileProblem extends Position {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
  /** What to do about it, in one line, when the checker knows. */
  readonly hint?: string;
}

/** A problem at a path inside the test file's JSON, before it is placed in the text. */
export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Encodes a path as a JSON pointer (RFC 6901), e.g. `/cases/2/expect/outcome`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Places each issue at its line and column in `text`. */
export function placeIssues(file: string, text: string, issues: readonly PathIssue[]): FileProblem[] {
  return issues.map((issue) => {
    const pointer = toPointer(issue.path);
    return { file, pointer, message: issue.message, ...locatePointer(text, pointer) };
  });
}

/** JSON syntax errors, each at its position (strict JSON: no comments, no trailing commas). */
export function syntaxProblems(file: string, text: string): FileProblem[] {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors.map((error) => ({
    file,
    pointer: '',
    message: `not valid JSON: ${printParseErrorCode(error.error)}`,
    ...positionAt(text, error.offset),
  }));
}
