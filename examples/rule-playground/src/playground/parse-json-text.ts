/**
 * Parses an editor's text as strict JSON (no comments, no trailing commas, as the SDK and the CLI
 * require), reporting every syntax error and duplicated key at its line and column.
 */
import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { EditorId, Problem } from './problem.js';
import { positionAt } from './text-position.js';

/** The parsed value, or the problems that stop it being trusted. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

const EXPLANATIONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid JSON number',
  PropertyNameExpected: 'a key in double quotes was expected (is there a trailing comma?)',
  ValueExpected: 'a value was expected (is there a trailing comma or a missing value?)',
  ColonExpected: 'a colon was expected after the key',
  CommaExpected: 'a comma was expected between items',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing may follow the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this string is never closed',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after a backslash',
  InvalidCharacter: 'this character is not allowed inside a string',
};

const HINTS: Record<string, string> = {
  CommaExpected: 'the item before this one probably ends without a comma',
  PropertyNameExpected: 'remove the comma after the last member of the object',
  ValueExpected: 'remove a trailing comma, or write the missing value',
  InvalidCommentToken: 'move the note into a "description" field',
  InvalidSymbol: 'JSON strings and keys use double quotes; true, false and null are lower case',
};

function syntaxProblem(editor: EditorId, text: string, error: ParseError): Problem {
  const code = printParseErrorCode(error.error);
  return {
    editor,
    kind: 'syntax',
    severity: 'error',
    position: positionAt(text, error.offset),
    message: `JSON syntax: ${EXPLANATIONS[code] ?? code}`,
    ...(HINTS[code] !== undefined && { hint: HINTS[code] }),
  };
}

/** Keys written twice in one object: JSON.parse silently keeps the last, which hides an author's edit. */
function duplicateKeys(editor: EditorId, text: string, node: Node | undefined, found: Problem[] = []): Problem[] {
  if (!node?.children) return found;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children) {
      const key = property.children?.[0];
      if (!key || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) {
        found.push({ editor, kind: 'syntax', severity: 'error', position: positionAt(text, key.offset), message: `JSON: the key "${key.value}" appears twice in the same object`, hint: 'keep one of them; a JSON reader would silently use the last' });
      }
      seen.add(key.value);
    }
  }
  for (const child of node.children) duplicateKeys(editor, text, child, found);
  return found;
}

/** Parses one editor's text; any syntax error means the value is not used at all. */
export function parseJsonText(editor: EditorId, text: string): ParsedJson {
  if (text.trim() === '') {
    return { ok: false, problems: [{ editor, kind: 'syntax', severity: 'error', position: { line: 1, column: 1 }, message: 'JSON syntax: the text is empty' }] };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = [...errors.map((error) => syntaxProblem(editor, text, error))];
  if (problems.length === 0) problems.push(...duplicateKeys(editor, text, parseTree(text)));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
