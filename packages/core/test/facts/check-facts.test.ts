/**
 * The zod-free facts check against the zod path it replaced (test/support/zod-facts-reference.ts): for every
 * input within the size limits, `checkFacts` returns the same known facts (key order included) or throws the
 * same issues (paths, order, messages, received values); and `parseFacts`, which puts the fast path and the
 * contradiction checks around it, reports the reference's issues whenever the reference refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactsValidationError, parseFacts } from '../../src/index.js';
import { checkFacts } from '../../src/facts/check-facts.js';
import { COWS_ITEM_SCORES, INPUT_FACTS, OPIOID_TYPES, RELAPSE_SIGNS } from '../../src/facts/vocabulary.js';
import { checkFactsLimits } from '../../src/limits/facts-limits.js';
import { fuzzParams } from '../fuzz/fuzz-settings.js';
import { anyJson, hostileScalar, HOSTILE_KEYS, withOwnKeys } from '../fuzz/hostile-values.js';
import { parseWithSchema } from '../support/zod-facts-reference.js';

type Outcome = { facts: unknown; keys: string[] } | { issues: unknown; received: unknown[]; message: string };

/** Every key path of a value, in order, so two results with the same entries in another order differ. */
function keyOrder(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keyOrder(child).map((inner) => `${key}.${inner}`)]);
}

function outcomeOf(parse: (input: unknown) => unknown, input: unknown): Outcome {
  try {
    const facts = parse(input);
    return { facts, keys: keyOrder(facts) };
  } catch (error) {
    if (!(error instanceof FactsValidationError)) throw error;
    // `received` is the caller's own value; compared by identity, since an object with an own `constructor`
    // key (NaN, say) is not even strictly equal to itself.
    return { issues: error.issues.map(({ received: _, ...rest }) => rest), received: error.issues.map((issue) => issue.received), message: error.message };
  }
}

function expectEqual(actual: Outcome, expected: Outcome): void {
  const { received: actualReceived, ...actualRest } = { received: [] as unknown[], ...actual };
  const { received: expectedReceived, ...expectedRest } = { received: [] as unknown[], ...expected };
  expect(actualRest).toStrictEqual(expectedRest);
  expect(actualReceived.length).toBe(expectedReceived.length);
  actualReceived.forEach((value, i) => expect(Object.is(value, expectedReceived[i]), `received value of issue ${i}`).toBe(true));
}

/** Asserts that the zod-free check and the zod reference agree on `input`, and parseFacts with them. */
function expectSame(input: unknown): void {
  if (checkFactsLimits(input).length > 0) return;
  const reference = outcomeOf(parseWithSchema, input);
  expectEqual(outcomeOf(checkFacts, input), reference);
  const actual = outcomeOf(parseFacts, input);
  // On valid input parseFacts may still refuse a contradiction (a future event, pulse against its COWS score).
  if ('issues' in reference || 'facts' in actual) expectEqual(actual, reference);
}

const AT = '2025-03-15T12:00:00Z';
const FACT_NAMES = Object.keys(INPUT_FACTS);
const COWS_NAMES = Object.keys(COWS_ITEM_SCORES);
const ODD_NUMBERS = [Number.NaN, Infinity, -Infinity, -0, 0, 0.5, 1, 2, 3, 4, 5, 6, 7, 10, 11, 120, 121, 300, 301, 1000, 1001, -1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, 5e-324];

class Holder {
  ageYears = 5;
  constructor(readonly extra: unknown) {}
}

/** Objects that are not plain: the schema takes any non-list object and reads inherited keys. */
const nonPlain: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => new Date(0),
  () => new Map([['ageYears', 5]]),
  () => Object.create(null) as unknown,
  () => Object.assign(Object.create(null) as object, { ageYears: 5, typo: 1 }),
  () => Object.create({ ageYears: 5 }) as unknown,
  () => Object.create({ ageyears: 5, fentanylExposure: 'maybe' }) as unknown,
  () => Object.create({ cowsItems: { sweating: 7, typo: 1 } }) as unknown,
  () => Object.create({ cowsItems: { sweating: 'x' } }) as unknown,
  () => Object.create({ opioidExposures: [{ type: 'x' }] }) as unknown,
  () => Object.create({ relapseSigns: { isolating: 1 } }) as unknown,
  () => new Holder({ sweating: 1 }),
  () => new (class extends Array {})(),
  () => /x/,
  () => new Error('x'),
  () => [{ ageYears: 5 }],
).map((make) => make());

const valueNear: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 'unknown', 'Unknown', 'never', '', true, [], {}, AT, '2025-03-15', '2025-02-30', '2025-03-15T12:00:00', 'America/New_York', 'Mars/Olympus', 'yes', 'no', 'YES', 'short-acting', 'self', 'present', '5', '1e3', ' 5 '),
  fc.constantFrom(...ODD_NUMBERS),
  hostileScalar,
);

const memberValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: valueNear }, { weight: 1, arbitrary: nonPlain }, { weight: 1, arbitrary: anyJson });

/** An object (own keys, `__proto__` included) with some of `names`, a typo or hostile key, and member values. */
function objectOf(names: readonly string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS, `${names[0] ?? 'x'}x`, '0', '10') });
  return fc.array(fc.tuple(key, value), { maxLength: 6 }).map((entries) => {
    // JSON cannot hold undefined, NaN or non-plain values: set those after parsing, leaving `__proto__` own.
    const object = withOwnKeys(entries.filter(([k]) => k === '__proto__').map(([k, v]) => [k, JSON.stringify(v) === undefined ? null : v]));
    for (const [k, v] of entries) if (k !== '__proto__') object[k] = v;
    return object;
  });
}

const cowsItems = objectOf(COWS_NAMES, fc.oneof(fc.constantFrom(...ODD_NUMBERS), valueNear));
const relapseSigns = objectOf(RELAPSE_SIGNS, fc.oneof(fc.constantFrom('yes', 'no', 'unknown', null, 'Yes', 1, undefined), memberValue));
const exposure = fc.oneof(
  { weight: 4, arbitrary: objectOf(['type', 'lastUseAt'], fc.oneof(fc.constantFrom(...OPIOID_TYPES, AT, '2025-03-01', '2025-13-01'), memberValue)) },
  { weight: 1, arbitrary: memberValue },
);
const exposures = fc.oneof(
  { weight: 4, arbitrary: fc.array(exposure, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(100, 101, 102), exposure, fc.boolean()).map(([n, bad, sparse]) => {
    const list: unknown[] = Array.from({ length: n }, () => ({ type: 'short-acting' }));
    list[n - 1] = bad;
    if (sparse) delete list[1];
    return list;
  }) },
);

const factValue = (name: string): fc.Arbitrary<unknown> => {
  const special = name === 'cowsItems' ? cowsItems : name === 'relapseSigns' ? relapseSigns : name === 'opioidExposures' ? exposures : undefined;
  return special ? fc.oneof({ weight: 3, arbitrary: special }, { weight: 1, arbitrary: memberValue }) : memberValue;
};

/** Facts with wrong types, typos, unknown keys, odd numbers and bad group members, mostly few at a time. */
const factsArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FACT_NAMES).chain((name) => fc.array(fc.tuple(fc.constantFrom(name, ...FACT_NAMES), factValue(name)), { maxLength: 5 })).chain((entries) =>
    fc.option(objectOf(HOSTILE_KEYS, fc.constantFrom(1, null)), { freq: 4 }).map((extra) => {
      const object: Record<string, unknown> = extra ?? {};
      for (const [k, v] of entries) object[k] = v;
      return object;
    })) },
  { weight: 2, arbitrary: objectOf([...FACT_NAMES, 'ageyears', 'cowsItem'], memberValue) },
  { weight: 1, arbitrary: nonPlain },
  { weight: 1, arbitrary: anyJson },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, maxDepth: 3 }) },
);

describe('checkFacts names exactly the issues the zod reference named', () => {
  it('on arbitrary and adversarial facts', () => {
    fc.assert(fc.property(factsArb, expectSame), fuzzParams(3000));
  });

  it('on every odd value of every fact, alone and beside a valid fact', () => {
    const values = [undefined, null, 'unknown', 'never', '', [], {}, AT, '2025-03-15', 'America/New_York', '5', ...ODD_NUMBERS];
    for (const name of FACT_NAMES) {
      for (const value of values) {
        expectSame({ [name]: value });
        expectSame({ evaluatedAt: AT, [name]: value, typo: 1 });
      }
    }
  });

  it('on groups and lists whose members are wrong', () => {
    for (const item of COWS_NAMES) for (const value of [...ODD_NUMBERS, null, 'unknown', '1', {}, []]) expectSame({ cowsItems: { [item]: value, typo: 0 } });
    expectSame({ cowsItems: { sweating: 7, tremor: 'x', typo: 1 } });
    expectSame({ cowsItems: { sweating: 7, typo: 1 } });
    expectSame({ relapseSigns: { isolating: 'YES', typo: 'no' }, cowsItems: [] });
    expectSame({ opioidExposures: [{ type: 'x', lastUseAt: 'y' }, 5, null, { typo: 1 }, { lastUseAt: '2025-13-01' }] });
    expectSame({ opioidExposures: [{ lastUseAt: '2025-13-01', typo: 1 }] });
    expectSame({ opioidExposures: Array.from({ length: 101 }, () => ({ lastUseAt: 'bad' })) });
    expectSame({ opioidExposures: Array.from({ length: 101 }, () => 5) });
    expectSame({ ageYears: 2 ** 53, cravingIntensity: -(2 ** 53), altXuln: 1e308 });
  });

  it('on inputs that are not objects of facts', () => {
    for (const input of [undefined, null, 'unknown', 5, Number.NaN, true, [], [{ ageYears: 5 }], () => 1, Symbol('x'), 10n]) expectSame(input);
  });

  it('on prototype keys as real own properties, at the top and in groups and lists', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf']) {
      expectSame(withOwnKeys([[key, { ageYears: 5 }]]));
      expectSame(withOwnKeys([[key, 1], ['ageYears', 500]]));
      expectSame({ cowsItems: withOwnKeys([[key, 1], ['sweating', 9]]) });
      expectSame({ relapseSigns: withOwnKeys([[key, 'yes']]) });
      expectSame({ opioidExposures: [withOwnKeys([[key, 'short-acting'], ['type', 'x']])] });
    }
  });
});
