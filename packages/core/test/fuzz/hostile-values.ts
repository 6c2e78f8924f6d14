/**
 * Adversarial JSON for the fuzzers: deep nesting, huge lists, prototype keys, very long strings,
 * non-finite and negative-zero numbers, lone surrogates, numbers written as strings, and arbitrary JSON.
 * Objects with a `__proto__` key come from JSON.parse, so the key is a real own property, as it would be
 * in a file read from disk.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;

const LEAF: Json = { fact: 'ageYears', operator: 'isUnknown', value: true };

/** A condition nested `depth` levels through one kind of node, built without recursion. */
export function nested(kind: 'all' | 'any' | 'not', depth: number): Json {
  let node: Json = { ...LEAF };
  for (let i = 0; i < depth; i += 1) node = kind === 'not' ? { not: node } : { [kind]: [node] };
  return node;
}

/** Keys that have meaning to JavaScript objects, or that break naive string handling. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '\uD800', '\uDC00x', '', 'all', 'fact'];

/** An object whose keys are real own properties, `__proto__` included. */
export function withOwnKeys(entries: readonly (readonly [string, unknown])[]): Json {
  return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`) as Json;
}

const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, 5e-324, -1, 2 ** 53 + 1, 0.1 + 0.2);
const numericString = fc.constantFrom('5', '1e3', '-0', 'NaN', 'Infinity', '0x10', ' 5 ', '5.0', '');
const surrogateString = fc.constantFrom('\uD800', 'yes\uDC00', '\uDFFF\uD800', 'no\u0000', 'n\u200Bo');
const longString = fc.constantFrom(1_000, 20_000, 1_000_000).map((length) => 'x'.repeat(length - 1) + '\uD800');

/** Scalars that a careless validator might coerce, compare wrongly or choke on. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(oddNumber, numericString, surrogateString, longString, fc.constantFrom(null, true, false, 0, 'unknown'));

/** Arbitrary JSON-like values (with odd numbers and hostile keys mixed in). */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string()), tie('value')), { maxLength: 4 }).map(withOwnKeys),
  ),
})).value;

/** A hostile value to plant anywhere in otherwise valid input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  fc.tuple(fc.constantFrom('all', 'any', 'not') as fc.Arbitrary<'all' | 'any' | 'not'>, fc.constantFrom(10, 65, 500, 3000, 10_000)).map(([kind, depth]) => nested(kind, depth)),
  fc.constantFrom(1_001, 25_000).map((length) => ({ all: Array.from({ length }, () => LEAF) })),
  fc.constantFrom(1_001, 25_000).map((length) => ({ fact: 'lastOpioidType', operator: 'in', value: Array.from({ length }, (_, i) => `t${i}`) })),
  fc.constantFrom(...HOSTILE_KEYS).map((key) => withOwnKeys([[key, { polluted: true, all: [LEAF] }]])),
  fc.constantFrom({ param: 'missing' }, { param: '__proto__' }, { param: 'constructor' }),
);
