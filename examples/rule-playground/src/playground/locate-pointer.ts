/**
 * Finds where a JSON pointer (RFC 6901) sits in JSON text as the author wrote it, so a problem reported
 * by the SDK is shown at its line and column, not at a position in a re-serialised copy.
 *
 * The recovery-rules CLI has the same mapping for the terminal, but exports nothing importable, so the
 * browser keeps its own small copy.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { positionAt, type TextPosition } from './text-position.js';

/** Splits a pointer into keys and array indexes, undoing `~1` and `~0` escapes. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/**
 * The position of the value a pointer names. For an object member it is the member's key, which is where
 * an author looks; for a value that does not exist (a missing key) it is the closest existing ancestor.
 */
export function locatePointer(text: string, pointer: string): TextPosition {
  const root: Node | undefined = parseTree(text);
  if (!root) return { line: 1, column: 1 };
  const path = pointerSegments(pointer);
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) {
      const member = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
      return positionAt(text, member.offset);
    }
  }
  return positionAt(text, root.offset);
}
