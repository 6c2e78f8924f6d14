/**
 * Compiles a condition tree into a closure that builds its trace (condition-truth.ts's `trace`) directly:
 * one object per node, with no intermediate lists, so an explained result costs little more than a bare one.
 * The differential tests hold these traces equal to the ones built from json-rules-engine's results.
 */
import type { RuleSet } from '../../rule-set/rule-set.js';
import type { ConditionNode, LeafCondition } from '../../rule-set/schema.js';
import { and, not, or, type Truth } from '../kleene.js';
import type { ConditionTrace, LeafTrace } from '../trace.js';
import { comparisonFor } from './comparison.js';
import { readerFor, type FactValues } from './fact-reader.js';

/** Builds the trace of one condition for a set of fact values. */
export type CompiledTrace = (values: FactValues) => ConditionTrace;

function traceLeaf(leaf: LeafCondition, ruleSet: RuleSet): CompiledTrace {
  const read = readerFor(leaf);
  const compare = comparisonFor(leaf);
  const { fact, path, operator, value: expected } = leaf;
  const optional = operator !== 'isUnknown' && ruleSet.optionalFacts.has(fact);
  // Keys in the interpreter's order: kind, fact, path?, operator, expected, actual?, truth, assumedAbsent?.
  const head = (): LeafTrace =>
    (path === undefined ? { kind: 'leaf', fact, operator, expected } : { kind: 'leaf', fact, path, operator, expected }) as LeafTrace;
  return (values) => {
    const actual = read(values);
    const trace = head() as { -readonly [K in keyof LeafTrace]: LeafTrace[K] };
    if (actual === undefined && operator !== 'isUnknown') {
      trace.truth = optional ? 'false' : 'unknown';
      if (optional) trace.assumedAbsent = true;
      return trace;
    }
    if (actual !== undefined) trace.actual = actual;
    trace.truth = compare(actual) ? 'true' : 'false';
    return trace;
  };
}

function traceJunction(kind: 'all' | 'any', children: readonly CompiledTrace[]): CompiledTrace {
  const combine = kind === 'all' ? and : or;
  return (values) => {
    const traces = children.map((child) => child(values));
    return { kind, truth: combine(traces.map((t) => t.truth)), children: traces };
  };
}

/** Compiles trace builders for one rule set's condition trees, sharing named conditions' builders. */
export function traceCompiler(ruleSet: RuleSet): (node: ConditionNode) => CompiledTrace {
  const named = new Map<string, CompiledTrace>();
  const compile = (node: ConditionNode): CompiledTrace => {
    if ('all' in node) return traceJunction('all', node.all.map(compile));
    if ('any' in node) return traceJunction('any', node.any.map(compile));
    if ('not' in node) {
      const inner = compile(node.not);
      return (values) => {
        const child = inner(values);
        return { kind: 'not', truth: not(child.truth), child };
      };
    }
    if ('condition' in node) {
      const name = node.condition;
      let inner = named.get(name);
      if (!inner) {
        const definition = ruleSet.namedConditions[name];
        if (!definition) throw new Error(`named condition "${name}" vanished after loading`);
        inner = compile(definition);
        named.set(name, inner);
      }
      const body = inner;
      return (values) => {
        const child = body(values);
        return { kind: 'condition', name, truth: child.truth as Truth, child };
      };
    }
    return traceLeaf(node, ruleSet);
  };
  return compile;
}
