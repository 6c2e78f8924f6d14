/**
 * Compiles a condition tree, once at load, into closures that give its three-valued truth with no
 * allocation. The interpreter in condition-truth.ts stays the definition: every method here mirrors one of
 * its fields, and a differential test holds the two equal on random rule sets.
 *
 * - `lenient`: truth with optional facts read as "finding absent" (the interpreter's `trace.truth`);
 * - `strict`: truth with optional facts left unknown (`strict`);
 * - `unknown`: the facts that left `strict` unknown, called only when it is (`unknownFacts`);
 * - `matched` / `confirmed`: facts of true leaves, or of true `isUnknown` leaves, on paths that made the
 *   condition true, called only when `lenient` is true (`matchedFacts` / `confirmedMissing`).
 */
import type { RuleSet } from '../../rule-set/rule-set.js';
import type { ConditionNode, LeafCondition } from '../../rule-set/schema.js';
import { askableFacts } from '../condition-truth.js';
import { comparisonFor } from './comparison.js';
import { readerFor, type FactValues } from './fact-reader.js';
import { FALSE, TRUE, UNKNOWN, type Tri } from './tri.js';

/** A condition compiled to closures. */
export interface CompiledCondition {
  readonly lenient: (values: FactValues) => Tri;
  readonly strict: (values: FactValues) => Tri;
  readonly unknown: (values: FactValues, out: string[]) => void;
  readonly matched: (values: FactValues, out: string[]) => void;
  readonly confirmed: (values: FactValues, out: string[]) => void;
  /** False when no optional fact is read below, so `strict` equals `lenient` and need not run. */
  readonly readsOptional: boolean;
}

const nothing = (): void => undefined;

function compileLeaf(leaf: LeafCondition, ruleSet: RuleSet): CompiledCondition {
  const read = readerFor(leaf);
  const compare = comparisonFor(leaf);
  const names = askableFacts(leaf);
  const pushNames = (_: FactValues, out: string[]) => {
    for (const name of names) out.push(name);
  };
  if (leaf.operator === 'isUnknown') {
    const truth = (values: FactValues): Tri => (read(values) === undefined ? TRUE : FALSE);
    return { lenient: truth, strict: truth, unknown: nothing, matched: pushNames, confirmed: pushNames, readsOptional: false };
  }
  const strict = (values: FactValues): Tri => {
    const actual = read(values);
    return actual === undefined ? UNKNOWN : compare(actual) ? TRUE : FALSE;
  };
  const optional = ruleSet.optionalFacts.has(leaf.fact);
  const lenient = optional
    ? (values: FactValues): Tri => {
        const actual = read(values);
        return actual === undefined ? FALSE : compare(actual) ? TRUE : FALSE;
      }
    : strict;
  return { lenient, strict, unknown: pushNames, matched: pushNames, confirmed: nothing, readsOptional: optional };
}

function compileJunction(kind: 'all' | 'any', children: readonly CompiledCondition[]): CompiledCondition {
  // `all` stops at the first false child and `any` at the first true one; otherwise unknown wins over the rest.
  const decisive = kind === 'all' ? FALSE : TRUE;
  const empty = kind === 'all' ? TRUE : FALSE;
  const junction = (pick: (child: CompiledCondition) => (values: FactValues) => Tri) => {
    const parts = children.map(pick);
    return (values: FactValues): Tri => {
      let result = empty;
      for (const part of parts) {
        const value = part(values);
        if (value === decisive) return decisive;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    };
  };
  const lenient = junction((c) => c.lenient);
  const strict = junction((c) => c.strict);
  const collect = (when: 'strict' | 'lenient', wanted: Tri, field: 'unknown' | 'matched' | 'confirmed') => (values: FactValues, out: string[]) => {
    for (const child of children) if (child[when](values) === wanted) child[field](values, out);
  };
  return {
    lenient,
    strict,
    unknown: collect('strict', UNKNOWN, 'unknown'),
    matched: collect('lenient', TRUE, 'matched'),
    confirmed: collect('lenient', TRUE, 'confirmed'),
    readsOptional: children.some((c) => c.readsOptional),
  };
}

function compileNot(inner: CompiledCondition): CompiledCondition {
  return {
    lenient: (values) => (2 - inner.lenient(values)) as Tri,
    strict: (values) => (2 - inner.strict(values)) as Tri,
    unknown: inner.unknown,
    matched: nothing,
    confirmed: nothing,
    readsOptional: inner.readsOptional,
  };
}

/** The condition of a rule without conditions: an empty `all`, which always holds. */
export const ALWAYS_HOLDS: CompiledCondition = compileJunction('all', []);

/** Compiles condition trees of one rule set, sharing each named condition's compiled form. */
export function conditionCompiler(ruleSet: RuleSet): (node: ConditionNode) => CompiledCondition {
  const named = new Map<string, CompiledCondition>();
  const compile = (node: ConditionNode): CompiledCondition => {
    if ('all' in node) return compileJunction('all', node.all.map(compile));
    if ('any' in node) return compileJunction('any', node.any.map(compile));
    if ('not' in node) return compileNot(compile(node.not));
    if ('condition' in node) {
      let compiled = named.get(node.condition);
      if (!compiled) {
        const definition = ruleSet.namedConditions[node.condition];
        if (!definition) throw new Error(`named condition "${node.condition}" vanished after loading`);
        compiled = compile(definition);
        named.set(node.condition, compiled);
      }
      return compiled;
    }
    return compileLeaf(node, ruleSet);
  };
  return compile;
}
