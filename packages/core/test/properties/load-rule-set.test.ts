/**
 * The loader on arbitrary input: whatever JSON it is given, loadRuleSet either returns a rule set or throws
 * a RuleSetLoadError with pointers into the input, never another error; it never mutates its input; and a
 * rule set that loaded can be evaluated without crashing.
 */
import { readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, evaluateRuleSet, loadRuleSet, OPERATORS, RuleSetLoadError, type RuleSet } from '../../src/index.js';
import { DERIVED_FACTS } from '../../src/derive/derived-vocabulary.js';
import { INPUT_FACTS } from '../../src/facts/vocabulary.js';
import { deepFreeze, randomFactsArb } from './arbitraries.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const BUILT_IN_JSON: Record<string, Json> = Object.fromEntries(
  BUILT_IN_RULE_SET_IDS.map((id) => [id, JSON.parse(readFileSync(new URL(`../../rule-sets/${id}.json`, import.meta.url), 'utf8')) as Json]),
);

/** Loads and classifies: a rule set, or the RuleSetLoadError (anything else fails the test). */
function load(json: unknown): RuleSet | RuleSetLoadError {
  try {
    return loadRuleSet(json, { file: 'fuzz.json' });
  } catch (error) {
    if (!(error instanceof RuleSetLoadError)) throw new Error(`loadRuleSet threw ${String(error)}`, { cause: error });
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.file).toBe('fuzz.json');
      expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Mutations of valid rule sets

type Path = (string | number)[];

function pathsOf(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

/** A value a rule-set author might plausibly (mis)write: vocabulary names, operators, odd paths, shapes. */
const tokenArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...Object.keys(INPUT_FACTS), ...Object.keys(DERIVED_FACTS), ...OPERATORS),
  fc.constantFrom<Json>('unknown', 'yes', 'no', 'present', 'pregnant', 'eligible', 'routine', 'not-yet', 'insufficient-information', 'challengePassed'),
  fc.constantFrom<Json>('$..x', '$[0]', '$.a[?(@.b)]', '$.isolating', '$.sweating', '$.constructor', '__proto__', 'constructor', 'toString'),
  fc.constantFrom<Json>(true, false, null, 0, -1, 3, 5, 1e9, 0.5, [], {}, [1], ['yes']),
  fc.constantFrom<Json>({ all: [] }, { any: [] }, { not: {} }, { condition: 'challengePassed' }, { condition: 'missing' }),
  fc.constantFrom<Json>({ fact: 'ageYears', operator: 'lessThan', value: 18 }, { fact: 'relapseSigns', path: '$.isolating', operator: 'isUnknown', value: true }),
  fc.constantFrom<Json>({ all: [{ condition: 'challengePassed' }] }, { not: { condition: 'challengePassed' } }),
);

type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'replace'; readonly at: number; readonly value: Json }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'rename'; readonly at: number; readonly key: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map<Mutation>((at) => ({ op: 'delete', at })),
  fc.tuple(fc.nat(), fc.oneof({ arbitrary: tokenArb, weight: 3 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, weight: 1 })).map<Mutation>(([at, value]) => ({ op: 'replace', at, value })),
  fc.nat().map<Mutation>((at) => ({ op: 'duplicate', at })),
  fc.tuple(fc.nat(), fc.constantFrom('all', 'any', 'not', 'condition', 'fact', 'path', 'value', 'operator', 'outcome', 'flag', 'fallback', 'conditions', 'x')).map<Mutation>(([at, key]) => ({ op: 'rename', at, key })),
);

/** Applies one mutation at a path chosen by index (modulo the number of paths) on a deep copy. */
function mutate(root: Json, mutation: Mutation): Json {
  const copy = structuredClone(root);
  const paths = pathsOf(copy).filter((p) => p.length > 0);
  const path = paths[mutation.at % paths.length]!;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  switch (mutation.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'replace':
      (parent as Record<string | number, Json>)[key] = structuredClone(mutation.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]!));
      else (parent as Record<string, Json>)[`${String(key)}2`] = structuredClone(parent[key]!);
      break;
    case 'rename':
      if (!Array.isArray(parent) && mutation.key !== key) {
        (parent as Record<string, Json>)[mutation.key] = parent[key]!;
        delete parent[key];
      }
      break;
  }
  return copy;
}

const mutatedRuleSetArb = fc
  .tuple(fc.constantFrom(...BUILT_IN_RULE_SET_IDS), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
  .map(([id, mutations]) => mutations.reduce<Json>((json, m) => mutate(json, m), BUILT_IN_JSON[id]!));

// ---------------------------------------------------------------------------------------------------------

describe('loadRuleSet never throws anything but RuleSetLoadError', () => {
  it.prop([fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true })], { numRuns: 300 })(
    'on any JavaScript value',
    (value) => {
      load(value);
    },
  );

  it.prop([fc.json()], { numRuns: 300 })('on any JSON text, parsed', (text) => {
    load(JSON.parse(text));
  });

  it.prop([mutatedRuleSetArb], { numRuns: 300 })('on mutated built-in rule sets, without mutating them', (json) => {
    const before = structuredClone(json);
    load(json);
    expect(json).toEqual(before);
  });

  it.prop([mutatedRuleSetArb], { numRuns: 200 })('on deep-frozen input', (json) => {
    load(deepFreeze(json));
  });

  it('every built-in rule set loads unmutated', () => {
    for (const [id, json] of Object.entries(BUILT_IN_JSON)) {
      const before = structuredClone(json);
      const loaded = load(json);
      expect(loaded, id).not.toBeInstanceOf(RuleSetLoadError);
      expect(json).toEqual(before);
    }
  });

  it('mutations are not vacuous: some mutated rule sets load and many are rejected', () => {
    const outcomes = fc.sample(mutatedRuleSetArb, { numRuns: 300, seed: 42 }).map((json) => load(json) instanceof RuleSetLoadError);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(50);
    expect(outcomes.filter((rejected) => !rejected).length).toBeGreaterThan(10);
  });
});

describe('a rule set that loaded evaluates without crashing', () => {
  it.prop([mutatedRuleSetArb, randomFactsArb(2)], { numRuns: 150 })('mutated rule sets against random facts', async (json, facts) => {
    const loaded = load(json);
    if (loaded instanceof RuleSetLoadError) return;
    const result = await evaluateRuleSet(loaded, facts, { messages: {} });
    expect(loaded.outcomes.map((o) => o.id)).toContain(result.outcome);
  });
});
