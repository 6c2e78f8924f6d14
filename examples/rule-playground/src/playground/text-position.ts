/**
 * Positions in the text an author typed: 1-based line and column from a character offset, and the offset
 * of a line and column (to move the caret there).
 */

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The 1-based line and column of a character offset (offsets past the end land on the last character). */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The character offset of a 1-based line and column, clamped to the text. */
export function offsetAt(text: string, position: TextPosition): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const lineLength = (lineEnd === -1 ? text.length : lineEnd) - offset;
  return offset + Math.max(0, Math.min(position.column - 1, lineLength));
}
