/**
 * Full truth tables of the three-valued (Kleene) connectives of src/evaluate/kleene.ts (design.md,
 * "Evaluation semantics"): all false if any false, else unknown if any unknown; any true if any true, else
 * unknown if any unknown; not unknown = unknown.
 */
import { describe, expect, it } from 'vitest';
import { and, fromBoolean, not, or, type Truth } from '../../src/evaluate/kleene.js';

const T: Truth = 'true';
const F: Truth = 'false';
const U: Truth = 'unknown';
const VALUES: readonly Truth[] = [T, F, U];

/** Every list of truth values up to `maxLength` long (3^0 + 3^1 + ... lists). */
function allLists(maxLength: number): Truth[][] {
  const out: Truth[][] = [[]];
  let frontier: Truth[][] = [[]];
  for (let n = 1; n <= maxLength; n++) {
    frontier = frontier.flatMap((list) => VALUES.map((v) => [...list, v]));
    out.push(...frontier);
  }
  return out;
}

describe('Kleene negation', () => {
  it.each([
    [T, F],
    [F, T],
    [U, U],
  ] as const)('not %s = %s', (input, expected) => {
    expect(not(input)).toBe(expected);
  });

  it('is an involution on every value', () => {
    for (const v of VALUES) expect(not(not(v))).toBe(v);
  });
});

describe('Kleene conjunction (all)', () => {
  it('is true for an empty list (vacuous truth)', () => {
    expect(and([])).toBe(T);
  });

  it.each([
    [T, T],
    [F, F],
    [U, U],
  ] as const)('and([%s]) = %s', (value, expected) => {
    expect(and([value])).toBe(expected);
  });

  // Binary truth table, row = left operand, column = right operand.
  it.each([
    [T, T, T],
    [T, F, F],
    [T, U, U],
    [F, T, F],
    [F, F, F],
    [F, U, F],
    [U, T, U],
    [U, F, F],
    [U, U, U],
  ] as const)('%s and %s = %s', (a, b, expected) => {
    expect(and([a, b])).toBe(expected);
  });

  it('is false if any value is false, else unknown if any is unknown, else true (every list up to length 4)', () => {
    for (const list of allLists(4)) {
      const expected = list.includes(F) ? F : list.includes(U) ? U : T;
      expect(and(list), JSON.stringify(list)).toBe(expected);
    }
  });
});

describe('Kleene disjunction (any)', () => {
  it('is false for an empty list', () => {
    expect(or([])).toBe(F);
  });

  it.each([
    [T, T],
    [F, F],
    [U, U],
  ] as const)('or([%s]) = %s', (value, expected) => {
    expect(or([value])).toBe(expected);
  });

  it.each([
    [T, T, T],
    [T, F, T],
    [T, U, T],
    [F, T, T],
    [F, F, F],
    [F, U, U],
    [U, T, T],
    [U, F, U],
    [U, U, U],
  ] as const)('%s or %s = %s', (a, b, expected) => {
    expect(or([a, b])).toBe(expected);
  });

  it('is true if any value is true, else unknown if any is unknown, else false (every list up to length 4)', () => {
    for (const list of allLists(4)) {
      const expected = list.includes(T) ? T : list.includes(U) ? U : F;
      expect(or(list), JSON.stringify(list)).toBe(expected);
    }
  });
});

describe('laws linking the connectives', () => {
  it("satisfies De Morgan's laws over every list up to length 3", () => {
    for (const list of allLists(3)) {
      expect(not(and(list)), JSON.stringify(list)).toBe(or(list.map(not)));
      expect(not(or(list)), JSON.stringify(list)).toBe(and(list.map(not)));
    }
  });

  it('is order-independent (commutative) for every pair', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        expect(and([a, b])).toBe(and([b, a]));
        expect(or([a, b])).toBe(or([b, a]));
      }
    }
  });

  it('never turns unknown into a definite answer unless another operand decides it', () => {
    // and: only a false operand can decide; or: only a true operand can decide.
    expect(and([U, T, T])).toBe(U);
    expect(or([U, F, F])).toBe(U);
  });

  it('does not mutate its argument', () => {
    const list: Truth[] = [U, F, T];
    const copy = [...list];
    and(list);
    or(list);
    expect(list).toEqual(copy);
  });
});

describe('fromBoolean', () => {
  it('maps true and false to their truth values', () => {
    expect(fromBoolean(true)).toBe(T);
    expect(fromBoolean(false)).toBe(F);
  });
});
