/**
 * Compiles a condition tree into a closure that builds its trace (condition-truth.ts's `trace`) directly:
 * one object per node, with no intermediate lists, so an explained result costs little more than a bare one.
 * The differential tests hold these traces equal to the ones built from json-rules-engine's results.
 */
import type { RuleSet } from '../../rule-set/rule-set.js';
import type { ConditionNode, LeafCondition } from '../../rule-set/schema.js';
import { not, type Truth } from '../kleene.js';
import type { ConditionTrace } from '../trace.js';
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
  // Each shape is one literal (no object grown key by key), chosen by whether the leaf has a path.
  if (path === undefined) {
    return (values) => {
      const actual = read(values);
      if (actual === undefined) {
        if (operator === 'isUnknown') return { kind: 'leaf', fact, operator, expected, truth: compare(actual) ? 'true' : 'false' };
        return optional ? { kind: 'leaf', fact, operator, expected, truth: 'false', assumedAbsent: true } : { kind: 'leaf', fact, operator, expected, truth: 'unknown' };
      }
      return { kind: 'leaf', fact, operator, expected, actual, truth: compare(actual) ? 'true' : 'false' };
    };
  }
  return (values) => {
    const actual = read(values);
    if (actual === undefined) {
      if (operator === 'isUnknown') return { kind: 'leaf', fact, path, operator, expected, truth: compare(actual) ? 'true' : 'false' };
      return optional ? { kind: 'leaf', fact, path, operator, expected, truth: 'false', assumedAbsent: true } : { kind: 'leaf', fact, path, operator, expected, truth: 'unknown' };
    }
    return { kind: 'leaf', fact, path, operator, expected, actual, truth: compare(actual) ? 'true' : 'false' };
  };
}

function traceJunction(kind: 'all' | 'any', children: readonly CompiledTrace[]): CompiledTrace {
  // Kleene `all` is false on any false child, `any` true on any true child; else unknown if any child is.
  const decisive: Truth = kind === 'all' ? 'false' : 'true';
  const empty: Truth = kind === 'all' ? 'true' : 'false';
  const count = children.length;
  return (values) => {
    const traces: ConditionTrace[] = new Array<ConditionTrace>(count);
    let truth: Truth = empty;
    for (let i = 0; i < count; i++) {
      const trace = (children[i] as CompiledTrace)(values);
      traces[i] = trace;
      if (trace.truth === decisive) truth = decisive;
      else if (trace.truth === 'unknown' && truth !== decisive) truth = 'unknown';
    }
    return { kind, truth, children: traces };
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
