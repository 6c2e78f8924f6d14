import { describe, expect, it } from 'vitest';
import { offsetAt, positionAt } from '../../src/playground/text-position.js';

const text = '{\n  "a": 1,\n  "b": [true]\n}';

describe('positions in the text', () => {
  it('gives 1-based line and column of an offset', () => {
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, text.indexOf('"b"'))).toEqual({ line: 3, column: 3 });
    expect(positionAt(text, text.indexOf('true'))).toEqual({ line: 3, column: 9 });
  });

  it('turns a line and column back into the same offset', () => {
    for (let offset = 0; offset <= text.length; offset++) expect(offsetAt(text, positionAt(text, offset))).toBe(offset);
  });

  it('clamps positions past the end of a line or of the text', () => {
    expect(offsetAt(text, { line: 2, column: 99 })).toBe(text.indexOf('\n  "b"'));
    expect(offsetAt(text, { line: 99, column: 1 })).toBe(text.length);
  });
});
