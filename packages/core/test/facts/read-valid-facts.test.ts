/**
 * The zod-free fast path of parseFacts against the zod schema it stands in for: for every input, either both
 * accept and produce the same known facts (values, -0, key order) or both refuse, in which case parseFacts
 * reports the schema's own issues. Also holds the vocabulary, the fast path and the schema in step, so a
 * fact added to one and not the others fails here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactsValidationError, parseFacts } from '../../src/index.js';
import { COWS_ITEM_SCORES, INPUT_FACTS, OPIOID_TYPES, RELAPSE_SIGNS } from '../../src/facts/vocabulary.js';
import { parseWithSchema } from '../support/zod-facts-reference.js';
import { readValidFacts } from '../../src/facts/read-valid-facts.js';
import { factsSchema } from '../../src/facts/schema.js';
import { toKnownFacts } from '../../src/facts/known-facts.js';
import { checkFactsLimits, findFactsLimitIssues } from '../../src/limits/facts-limits.js';
import { fuzzParams } from '../fuzz/fuzz-settings.js';
import { hostileScalar, HOSTILE_KEYS, withOwnKeys } from '../fuzz/hostile-values.js';

/** Every key path of a value, in order, so two results with the same entries in another order differ. */
function keyOrder(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keyOrder(child).map((inner) => `${key}.${inner}`)]);
}

/** Asserts that the fast path and the schema agree on `input`. */
function expectAgreement(input: unknown): void {
  const fast = readValidFacts(input);
  const schema = factsSchema.safeParse(input);
  expect(fast !== undefined, `fast path ${fast ? 'accepted' : 'refused'} what the schema ${schema.success ? 'accepts' : 'refuses'}`).toBe(
    schema.success,
  );
  if (!schema.success || fast === undefined) return;
  const expected = toKnownFacts(schema.data);
  expect(fast).toStrictEqual(expected);
  expect(keyOrder(fast)).toEqual(keyOrder(expected));
}

function outcomeOf(parse: (input: unknown) => unknown, input: unknown): unknown {
  try {
    return { facts: parse(input) };
  } catch (error) {
    if (!(error instanceof FactsValidationError)) throw error;
    return { issues: error.issues, message: error.message };
  }
}

const AT = '2025-03-15T12:00:00Z';
const NEAR_NUMBERS = [-0, 0, 0.5, 1, 5e-324, Number.EPSILON, -Number.EPSILON, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 1e308];

/** Values near what a fact accepts: its own values and bounds, and the ways they are commonly mistyped. */
function candidatesFor(name: string): unknown[] {
  const kind = INPUT_FACTS[name as keyof typeof INPUT_FACTS];
  const common = [undefined, null, 'unknown', 'Unknown', '', true, 0, [], {}, 'never'];
  switch (kind.kind) {
    case 'enum':
      return [...common, ...kind.values, ...kind.values.map((v) => v.toUpperCase()), ...kind.values.map((v) => ` ${v}`)];
    case 'number':
      return [
        ...common,
        ...NEAR_NUMBERS,
        kind.min,
        kind.max,
        kind.min - 1e-9,
        kind.max + 1e-9,
        kind.min + 0.5,
        kind.max - 0.25,
        String(kind.min),
        String(kind.max),
        `${kind.max}`,
      ];
    case 'object':
      return common;
    case 'opaque':
      return [...common, AT, '2025-03-15T07:00:00-05:00', '2025-03-15', '2025-02-30', '2025-03-15T12:00:00', 'America/New_York', 'Mars/Olympus', 'UTC'];
  }
}

const exposureArb = fc.oneof(
  fc.record(
    { type: fc.constantFrom(...OPIOID_TYPES, 'unknown', null, 'fentanyl', undefined), lastUseAt: fc.constantFrom(AT, '2025-03-01', 'unknown', null, '2025-13-01', 5) },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, 'unknown', [], 'short-acting'),
  fc.tuple(fc.constantFrom(...HOSTILE_KEYS, 'typ'), hostileScalar).map(([key, value]) => withOwnKeys([['type', 'long-acting'], [key, value]])),
);

const cowsItemsArb = fc.oneof(
  fc.record(
    Object.fromEntries(
      Object.entries(COWS_ITEM_SCORES).map(([item, scores]) => [item, fc.constantFrom<unknown>(...scores, null, 'unknown', -0, 0.5, 3, 6, String(scores[1]), undefined)]),
    ),
    { requiredKeys: [] },
  ),
  fc.tuple(fc.constantFrom(...HOSTILE_KEYS, 'sweatting'), fc.constantFrom(0, null)).map(([key, value]) => withOwnKeys([['sweating', 1], [key, value]])),
);

const relapseSignsArb = fc.oneof(
  fc.record(Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, fc.constantFrom<unknown>('yes', 'no', 'unknown', null, undefined, 'YES', 1)])), { requiredKeys: [] }),
  fc.constantFrom(...HOSTILE_KEYS, 'isolatng').map((key) => withOwnKeys([['isolating', 'yes'], [key, 'no']])),
);

const scalarFactArbs: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(
  Object.keys(INPUT_FACTS).map((name) => [name, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...candidatesFor(name)) }, { weight: 1, arbitrary: hostileScalar })]),
);

/** Facts mostly valid or nearly so: a random subset of facts, each with a value near what it accepts. */
const nearFactsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    ...scalarFactArbs,
    cowsItems: fc.oneof(cowsItemsArb, scalarFactArbs['cowsItems'] as fc.Arbitrary<unknown>),
    relapseSigns: fc.oneof(relapseSignsArb, scalarFactArbs['relapseSigns'] as fc.Arbitrary<unknown>),
    opioidExposures: fc.oneof(fc.array(exposureArb, { maxLength: 4 }), scalarFactArbs['opioidExposures'] as fc.Arbitrary<unknown>),
  },
  { requiredKeys: [] },
);

/** Near-valid facts, sometimes with an extra key (a typo, or `__proto__` as a real own property). */
const factsArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nearFactsArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(nearFactsArb, fc.constantFrom(...HOSTILE_KEYS, 'ageyears', 'AgeYears', 'cowsItem', 'evaluatedat'), fc.constantFrom(1, null, 'yes'))
      .map(([facts, key, value]) => withOwnKeys([...Object.entries(facts).filter(([, v]) => v !== undefined), [key, value]])),
  },
);

/** A valid fact value, to build inputs the fast path must accept. */
function validValuesOf(name: string): unknown[] {
  return candidatesFor(name).filter((value) => factsSchema.safeParse({ [name]: value }).success);
}

describe('readValidFacts agrees with the zod facts schema', () => {
  it('on near-valid facts: the same acceptance and the same known facts, key order included', () => {
    fc.assert(fc.property(factsArb, expectAgreement), fuzzParams(1500));
  });

  it('on facts whose every value is valid (the batch hot path): accepted, never sent to the schema', () => {
    const validArb = fc.record(Object.fromEntries(Object.keys(INPUT_FACTS).map((name) => [name, fc.constantFrom(...validValuesOf(name))])), { requiredKeys: [] });
    fc.assert(
      fc.property(validArb, (facts) => {
        expect(readValidFacts(facts)).toBeDefined();
        expectAgreement(facts);
      }),
      fuzzParams(500),
    );
  });

  it('on every value near each fact, one fact at a time', () => {
    for (const name of Object.keys(INPUT_FACTS)) {
      for (const value of candidatesFor(name)) expectAgreement({ [name]: value });
      for (const value of [...candidatesFor(name), ...NEAR_NUMBERS]) expectAgreement({ evaluatedAt: AT, [name]: value });
    }
  });

  it('on groups and lists member by member', () => {
    for (const [item, scores] of Object.entries(COWS_ITEM_SCORES)) {
      for (const score of [...scores, ...NEAR_NUMBERS, -1, 6, null, 'unknown', String(scores[0])]) expectAgreement({ cowsItems: { [item]: score } });
    }
    for (const sign of RELAPSE_SIGNS) for (const value of ['yes', 'no', 'unknown', null, 'Yes', 0]) expectAgreement({ relapseSigns: { [sign]: value } });
    const exposure = { type: 'short-acting', lastUseAt: AT };
    for (const length of [0, 1, 100, 101]) expectAgreement({ opioidExposures: Array.from({ length }, () => exposure) });
    expectAgreement({ opioidExposures: [exposure, 'short-acting'] });
    expectAgreement({ opioidExposures: [{}, { type: null }, { lastUseAt: 'unknown' }] });
    expectAgreement({ opioidExposures: { 0: exposure, length: 1 } });
  });

  it('on inputs that are not plain objects: the fast path defers, and parseFacts answers as the schema does', () => {
    for (const input of [undefined, null, 'unknown', 5, [], [{ ageYears: 5 }], Object.create(null)]) expectAgreement(input);
    // The schema accepts any non-list object and reads inherited keys (input[key], for…in); the fast path
    // takes only plain objects and leaves the rest to the schema.
    for (const input of [new Date(0), new Map(), Object.create({ ageYears: 5 }), Object.create({ ageyears: 5 })]) {
      expect(readValidFacts(input)).toBeUndefined();
      expect(outcomeOf(parseFacts, input)).toStrictEqual(outcomeOf(parseWithSchema, input));
    }
  });

  it('on prototype keys as real own properties', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
      expectAgreement(withOwnKeys([[key, { ageYears: 5 }]]));
      expectAgreement({ cowsItems: withOwnKeys([[key, 1]]) });
      expectAgreement({ opioidExposures: [withOwnKeys([[key, 'short-acting']])] });
    }
  });
});

describe('parseFacts reports exactly the schema issues when the fast path refuses', () => {
  it('on near-valid facts within the limits', () => {
    fc.assert(
      fc.property(factsArb, (input) => {
        if (checkFactsLimits(input).length > 0 || readValidFacts(input) !== undefined) return;
        const reference = outcomeOf(parseWithSchema, input);
        const actual = outcomeOf(parseFacts, input);
        // parseFacts also reports contradictions, but only after the schema accepted the input.
        if ('issues' in (reference as object)) expect(actual).toStrictEqual(reference);
      }),
      fuzzParams(1000),
    );
  });

  it('keeps the received value in full and the echo shortened to 80 characters', () => {
    const long = `America/${'x'.repeat(200)}`;
    const issues = (outcomeOf(parseFacts, { userTimeZone: long }) as { issues: { received: unknown; message: string }[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.received).toBe(long);
    expect(issues[0]?.message).toContain(`${JSON.stringify(long).slice(0, 79)}…`);
  });
});

describe('the vocabulary, the fast path and the schema list the same facts', () => {
  it('in the same order (the order of parsed facts depends on it)', () => {
    expect(Object.keys(factsSchema.def.shape)).toEqual(Object.keys(INPUT_FACTS));
  });

  it('each accepting at least one value, so no fact is refused wholesale by the fast path', () => {
    for (const name of Object.keys(INPUT_FACTS)) {
      const valid = validValuesOf(name).filter((value) => value !== undefined && value !== null && value !== 'unknown');
      if (name === 'cowsItems' || name === 'relapseSigns' || name === 'opioidExposures') continue;
      expect(valid.length, name).toBeGreaterThan(0);
      for (const value of valid) expect(readValidFacts({ [name]: value }), `${name}: ${JSON.stringify(value)}`).toBeDefined();
    }
  });
});

describe('checkFactsLimits: the allocation-free check agrees with the path-naming walk', () => {
  const deep = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { cowsItems: value };
    return value;
  };
  const wide = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

  it.each([
    ['valid facts', { evaluatedAt: AT, cowsItems: { sweating: 1 }, opioidExposures: [{ type: 'short-acting', lastUseAt: AT }] }],
    ['nesting of 7, 8 and 9 levels', [deep(7), deep(8), deep(9)]],
    ['nesting of 100,000 levels', deep(100_000)],
    ['a string of 1,000 and of 1,001 characters', { a: 'x'.repeat(1000), b: ['x'.repeat(1001)] }],
    ['a key of 1,001 characters', { nested: { ['k'.repeat(1001)]: 1 } }],
    ['9,999 and 10,000 values', [wide(9_998), wide(9_999)]],
    ['a list of a million items', Array.from({ length: 1_000_000 }, () => 0)],
    ['a top-level string too long', 'x'.repeat(5000)],
  ])('%s', (_, input) => {
    const inputs = Array.isArray(input) && input.length <= 3 ? [...input, input] : [input];
    for (const value of inputs) expect(checkFactsLimits(value)).toStrictEqual(findFactsLimitIssues(value));
  });

  it('on arbitrary near-valid facts', () => {
    fc.assert(
      fc.property(factsArb, (input) => {
        expect(checkFactsLimits(input)).toStrictEqual(findFactsLimitIssues(input));
      }),
      fuzzParams(500),
    );
  });
});
