/**
 * Hostile rule-set files: valid rule sets (random ones and the built-ins) with one hostile value planted at
 * a random place, named conditions that refer to themselves or each other in cycles and chains, and
 * duplicated rules.
 */
import fc from 'fast-check';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet } from '../../src/index.js';
import { randomRuleSetArb } from '../differential/random-rule-sets.js';
import { hostileValue } from './hostile-values.js';
import { plantAt, pathsIn } from './plant.js';

type Json = Record<string, unknown>;

const builtIn = fc.constantFrom(...BUILT_IN_RULE_SET_IDS).map((id) => structuredClone(builtInRuleSet(id).source) as unknown as Json);
const validRuleSet = fc.oneof(builtIn, randomRuleSetArb);

/** A valid rule set with a hostile value in place of one of its values (or added under one of its objects). */
export const plantedRuleSet: fc.Arbitrary<unknown> = fc
  .tuple(validRuleSet, fc.nat(), hostileValue, fc.boolean())
  .map(([file, pick, value, add]) => {
    const paths = pathsIn(file);
    return plantAt(file, paths[pick % paths.length] ?? [], value, add);
  });

const names = ['a', 'b', 'c', 'constructor', 'toString'];

/** Named conditions referring to one another at random: self-references, cycles, chains, missing names. */
export const tangledRuleSet: fc.Arbitrary<unknown> = fc
  .tuple(builtIn, fc.array(fc.tuple(fc.constantFrom(...names), fc.array(fc.constantFrom(...names, 'missing'), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5 }))
  .map(([file, edges]) => ({
    ...file,
    conditions: { ...(file['conditions'] as Json | undefined), ...Object.fromEntries(edges.map(([name, refs]) => [name, { any: refs.map((condition) => ({ condition })) }])) },
    rules: [{ id: 'T-1', outcome: (file['insufficientOutcome'] as string), conditions: { all: [{ condition: edges[0]?.[0] }] }, message: 'T-1', sources: ['fuzz'] }, ...(file['rules'] as Json[])],
  }));

/** A long chain or ring of named conditions, each referring to the next. */
export const chainedRuleSet: fc.Arbitrary<unknown> = fc.tuple(builtIn, fc.constantFrom(10, 70, 5_000, 30_000), fc.boolean()).map(([file, length, ring]) => {
  const chain: Record<string, Json> = Object.fromEntries(Array.from({ length }, (_, i) => [`c${i}`, { all: [{ condition: `c${i + 1 === length && ring ? 0 : i + 1}` }] }]));
  if (!ring) chain[`c${length}`] = { all: [{ fact: 'ageYears', operator: 'isUnknown', value: true }] };
  return { ...file, conditions: { ...(file['conditions'] as Json | undefined), ...chain } };
});

/** A rule set whose rules are duplicated many times (duplicate ids, and more rules than allowed). */
export const duplicatedRuleSet: fc.Arbitrary<unknown> = fc.tuple(builtIn, fc.constantFrom(2, 60, 1_500)).map(([file, times]) => ({
  ...file,
  rules: Array.from({ length: times }, () => file['rules'] as Json[]).flat(),
}));
