import { describe, expect, it } from 'vitest';
import { locatePointer, pointerSegments } from '../../src/playground/locate-pointer.js';
import { positionAt } from '../../src/playground/text-position.js';

const text = ['{', '  "rules": [', '    { "id": "R1", "conditions": { "all": [', '      { "fact": "ageYears", "operator": "lessThen", "value": 18 }', '    ] } }', '  ],', '  "a/b": { "~x": 1 }', '}'].join('\n');

describe('locatePointer', () => {
  it('points at the key of an object member, as written', () => {
    expect(locatePointer(text, '/rules/0/conditions/all/0/operator')).toEqual({ line: 4, column: 29 });
    expect(positionAt(text, text.indexOf('"operator"'))).toEqual({ line: 4, column: 29 });
    expect(locatePointer(text, '/rules/0/id')).toEqual({ line: 3, column: 7 });
  });

  it('points at an array element itself', () => {
    expect(locatePointer(text, '/rules/0/conditions/all/0')).toEqual({ line: 4, column: 7 });
  });

  it('falls back to the closest existing parent for a missing key', () => {
    expect(locatePointer(text, '/rules/0/outcome')).toEqual({ line: 3, column: 5 });
  });

  it('undoes ~1 and ~0 escapes and reads numbers as indexes', () => {
    expect(pointerSegments('/a~1b/~0x/0')).toEqual(['a/b', '~x', 0]);
    expect(locatePointer(text, '/a~1b/~0x')).toEqual({ line: 7, column: 12 });
  });

  it('gives the start of the document for the root', () => {
    expect(locatePointer(text, '')).toEqual({ line: 1, column: 1 });
    expect(locatePointer(text, '/')).toEqual({ line: 1, column: 1 });
  });
});
