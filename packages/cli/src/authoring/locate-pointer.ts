/**
 * Maps a JSON pointer to the line and column where it sits in the file as written, so an author is sent
 * to the exact spot in their editor (not to a position in a re-serialised copy).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** A 1-based position in a text file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function segments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/**
 * The position of the value a pointer names; for a value that does not exist (a missing key), the
 * position of its closest existing ancestor.
 */
export function locatePointer(text: string, pointer: string): Position {
  const root = parseTree(text);
  if (!root) return { line: 1, column: 1 };
  const path = segments(pointer);
  for (let length = path.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length));
    if (node) {
      // For an object member, point at its key, which is where an editor shows the problem.
      const target = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
      return positionAt(text, target.offset);
    }
  }
  return positionAt(text, root.offset);
}
