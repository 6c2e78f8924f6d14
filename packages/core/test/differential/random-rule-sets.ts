/**
 * Random valid rule sets for differential testing: nested all/any/not, every operator, named conditions,
 * paths into grouped facts, optional facts, flags and a fallback, over facts of the real vocabulary.
 */
import fc from 'fast-check';
import { INPUT_FACTS, RELAPSE_SIGNS, type FactKind } from '../../src/index.js';
import { GRADED_OUTCOMES_ENVELOPE } from '../support/graded-outcomes.js';

type Json = Record<string, unknown>;

const SCALAR_FACTS = Object.entries(INPUT_FACTS).filter(([, kind]) => kind.kind === 'enum' || kind.kind === 'number') as [string, FactKind][];

function leafFor([fact, kind]: [string, FactKind], path?: string): fc.Arbitrary<Json> {
  const at = path === undefined ? {} : { path };
  if (kind.kind === 'enum') {
    const value = fc.constantFrom(...kind.values);
    return fc.oneof(
      fc.record({ fact: fc.constant(fact), operator: fc.constantFrom('equal', 'notEqual'), value }).map((l) => ({ ...l, ...at })),
      fc.record({ fact: fc.constant(fact), operator: fc.constantFrom('in', 'notIn'), value: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }) }).map((l) => ({ ...l, ...at })),
      fc.constant({ fact, operator: 'isUnknown', value: true, ...at }),
    );
  }
  if (kind.kind === 'number') {
    // Small values collide with generated facts often, so boundaries (equal, inclusive) are exercised.
    const value = fc.integer({ min: Math.ceil(kind.min), max: Math.floor(Math.min(kind.max, kind.min + 12)) });
    return fc.oneof(
      fc.record({
        fact: fc.constant(fact),
        operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'),
        value,
      }),
      fc.record({ fact: fc.constant(fact), operator: fc.constantFrom('in', 'notIn'), value: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }) }),
      fc.constant({ fact, operator: 'isUnknown', value: true }),
    );
  }
  return fc.constant({ fact, operator: 'isUnknown', value: true });
}

const ENUM_FACTS = SCALAR_FACTS.filter(([, kind]) => kind.kind === 'enum');
const NUMBER_FACTS = SCALAR_FACTS.filter(([, kind]) => kind.kind === 'number');

// Numeric facts are few in the vocabulary; weight them up so boundary comparisons are exercised.
const leafArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...ENUM_FACTS).chain((entry) => leafFor(entry)) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_FACTS).chain((entry) => leafFor(entry)) },
  { weight: 1, arbitrary: fc.constantFrom(...RELAPSE_SIGNS).chain((sign) => leafFor(['relapseSigns', INPUT_FACTS.fentanylExposure], `$.${sign}`)) },
);

/** A condition tree of limited depth; `names` are named conditions it may refer to. */
function conditionArb(depth: number, names: readonly string[]): fc.Arbitrary<Json> {
  const ref = names.length > 0 ? [fc.constantFrom(...names).map((condition) => ({ condition }))] : [];
  if (depth === 0) return fc.oneof(leafArb, ...ref);
  const child = conditionArb(depth - 1, names);
  return fc.oneof(
    { weight: 3, arbitrary: leafArb },
    { weight: 2, arbitrary: fc.array(child, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 2, arbitrary: fc.array(child, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: child.map((not) => ({ not })) },
    ...ref.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}

const top = (node: Json): Json => ('fact' in node || 'condition' in node ? { all: [node] } : node);

/** A random rule set that the loader accepts. */
export const randomRuleSetArb: fc.Arbitrary<Json> = fc
  .record({
    named: fc.array(conditionArb(2, []).map(top), { maxLength: 2 }),
    rules: fc.array(
      fc.record({
        effect: fc.constantFrom('danger', 'caution', 'fine', 'insufficient', 'note'),
        conditions: fc.integer({ min: 0, max: 1 }).chain((n) => conditionArb(3, n === 0 ? [] : ['n0'])),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    fallback: fc.boolean(),
    optional: fc.subarray(SCALAR_FACTS.map(([fact]) => fact), { maxLength: 6 }),
  })
  .map(({ named, rules, fallback, optional }) => {
    const conditions = Object.fromEntries(named.map((node, i) => [`n${i}`, node]));
    // Rules may refer to n0 only when it exists.
    const usable = (node: Json): Json => (named.length > 0 ? node : JSON.parse(JSON.stringify(node).replaceAll('{"condition":"n0"}', '{"fact":"ageYears","operator":"isUnknown","value":true}')) as Json);
    return {
      id: 'random',
      title: 'Random',
      ...GRADED_OUTCOMES_ENVELOPE,
      optionalFacts: optional.map((fact) => ({ fact, reason: 'random' })),
      ...(named.length > 0 && { conditions }),
      rules: [
        ...rules.map((rule, i) => ({
          id: `R-${i}`,
          ...(rule.effect === 'note' ? { flag: 'note' } : { outcome: rule.effect }),
          conditions: top(usable(rule.conditions)),
          message: `R-${i}`,
          sources: ['random'],
        })),
        ...(fallback ? [{ id: 'FALLBACK', outcome: 'fine', fallback: true, message: 'FALLBACK', sources: ['random'] }] : []),
      ],
    };
  });

/** Facts over the same small value domains as the random rules, known about two times in three. */
export const randomScalarFactsArb: fc.Arbitrary<Json> = fc
  .record(
    Object.fromEntries(
      SCALAR_FACTS.map(([fact, kind]) => {
        const known =
          kind.kind === 'enum'
            ? fc.constantFrom<unknown>(...kind.values)
            : kind.kind === 'number'
              ? fc.integer({ min: Math.ceil(kind.min), max: Math.floor(Math.min(kind.max, kind.min + 12)) })
              : fc.constant<unknown>(undefined);
        return [fact, fc.oneof({ weight: 2, arbitrary: known }, { weight: 1, arbitrary: fc.constantFrom<unknown>('unknown', null, undefined) })];
      }),
    ),
  )
  .chain((facts) =>
    fc
      .record(Object.fromEntries(RELAPSE_SIGNS.map((s) => [s, fc.constantFrom<unknown>('yes', 'no', 'unknown', undefined)])))
      .map((signs) => ({ ...facts, relapseSigns: signs })),
  )
  .map((facts) => {
    const clean = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    const signs = Object.fromEntries(Object.entries(clean['relapseSigns'] as Json).filter(([, v]) => v !== undefined));
    // restingPulseBpm would have to agree with any recorded COWS pulse item; COWS items are not generated.
    return { ...clean, relapseSigns: signs, evaluatedAt: '2025-03-15T12:00:00Z' };
  });
