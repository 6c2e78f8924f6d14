/**
 * Finds `all` groups whose comparisons on one fact cannot hold together (e.g. `x = "a"` and `x = "b"`, or
 * `n > 5` and `n < 3`), which make a rule impossible to fire.
 */
import type { ConditionNode, LeafCondition } from '../rule-set/schema.js';
import { INPUT_FACTS, type FactKind } from '../facts/vocabulary.js';
import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';

function kindOf(leaf: LeafCondition): FactKind | undefined {
  const base = Object.hasOwn(INPUT_FACTS, leaf.fact)
    ? (INPUT_FACTS[leaf.fact as keyof typeof INPUT_FACTS] as FactKind)
    : Object.hasOwn(DERIVED_FACTS, leaf.fact)
      ? (DERIVED_FACTS[leaf.fact as keyof typeof DERIVED_FACTS].kind as FactKind)
      : undefined;
  if (base?.kind === 'object' && leaf.path !== undefined) return base.members[leaf.path.slice(2)];
  return base;
}

/** Values of an enumerated fact a leaf admits, or undefined when the leaf says nothing about them. */
function admittedValues(leaf: LeafCondition, values: readonly string[]): Set<string> | undefined {
  const v = leaf.value;
  switch (leaf.operator) {
    case 'equal':
      return new Set(values.filter((x) => x === v));
    case 'notEqual':
      return new Set(values.filter((x) => x !== v));
    case 'in':
      return new Set(values.filter((x) => Array.isArray(v) && (v as readonly unknown[]).includes(x)));
    case 'notIn':
      return new Set(values.filter((x) => !(Array.isArray(v) && (v as readonly unknown[]).includes(x))));
    default:
      return undefined;
  }
}

/** The interval a numeric leaf admits, as [low, high] with open/closed ends. */
function admittedInterval(leaf: LeafCondition): { low: number; lowOpen: boolean; high: number; highOpen: boolean } | undefined {
  const v = leaf.value;
  if (typeof v !== 'number') return undefined;
  switch (leaf.operator) {
    case 'greaterThan':
      return { low: v, lowOpen: true, high: Infinity, highOpen: false };
    case 'greaterThanInclusive':
      return { low: v, lowOpen: false, high: Infinity, highOpen: false };
    case 'lessThan':
      return { low: -Infinity, lowOpen: false, high: v, highOpen: true };
    case 'lessThanInclusive':
      return { low: -Infinity, lowOpen: false, high: v, highOpen: false };
    case 'equal':
      return { low: v, lowOpen: false, high: v, highOpen: false };
    default:
      return undefined;
  }
}

/** True when the comparisons, all required together, admit no value of the fact. */
function contradictory(leaves: readonly LeafCondition[]): boolean {
  const kind = kindOf(leaves[0] as LeafCondition);
  if (kind?.kind === 'enum') {
    let admitted = new Set(kind.values);
    for (const leaf of leaves) {
      const own = admittedValues(leaf, kind.values);
      if (own) admitted = new Set([...admitted].filter((x) => own.has(x)));
    }
    return admitted.size === 0;
  }
  if (kind?.kind === 'number') {
    let low = -Infinity, lowOpen = false, high = Infinity, highOpen = false;
    for (const leaf of leaves) {
      const own = admittedInterval(leaf);
      if (!own) continue;
      if (own.low > low || (own.low === low && own.lowOpen)) [low, lowOpen] = [own.low, own.lowOpen];
      if (own.high < high || (own.high === high && own.highOpen)) [high, highOpen] = [own.high, own.highOpen];
    }
    return low > high || (low === high && (lowOpen || highOpen));
  }
  return false;
}

/** Pointers of `all` groups (and their facts) that can never be true, with the fact named. */
export function contradictoryGroups(node: ConditionNode, pointer: string): { pointer: string; fact: string }[] {
  if ('any' in node) return node.any.flatMap((c, i) => contradictoryGroups(c, `${pointer}/any/${i}`));
  if ('not' in node) return []; // a contradiction under `not` is a tautology, not a dead rule
  if (!('all' in node)) return [];
  const nested = node.all.flatMap((c, i) => contradictoryGroups(c, `${pointer}/all/${i}`));
  const byFact = new Map<string, LeafCondition[]>();
  for (const child of node.all) {
    if (!('fact' in child) || child.operator === 'isUnknown') continue;
    const key = child.path === undefined ? child.fact : `${child.fact}.${child.path.slice(2)}`;
    byFact.set(key, [...(byFact.get(key) ?? []), child]);
  }
  const own = [...byFact].filter(([, leaves]) => leaves.length > 1 && contradictory(leaves)).map(([fact]) => ({ pointer, fact }));
  return [...own, ...nested];
}
