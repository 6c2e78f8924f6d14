/**
 * Turns two-valued leaf results (from json-rules-engine, or computed directly) into three-valued truth
 * (design.md, "Evaluation semantics"), walking the rule's own condition tree.
 */
import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import type { ConditionNode, LeafCondition } from '../rule-set/schema.js';
import { and, fromBoolean, not, or, type Truth } from './kleene.js';
import type { LeafOracle } from './leaf-oracle.js';
import { DecidedRule, type FactList } from './rule-status.js';
import type { ConditionTrace, LeafTrace } from './trace.js';

/** The truth of a condition, with what made it unknown and which facts were found missing. */
export interface ConditionOutcome {
  /** Truth with optional facts read as "finding absent": decides whether the rule fires. */
  readonly trace: ConditionTrace;
  /** Truth with optional facts left unknown: decides which facts are worth asking for. */
  readonly strict: Truth;
  /** Facts (as the caller names them) that left `strict` unknown. */
  readonly unknownFacts: readonly string[];
  /** Facts whose absence an `isUnknown` leaf confirmed on a path that made the condition true. */
  readonly confirmedMissing: readonly string[];
  /** Facts of every true leaf on a path that made the condition true (what an insufficient rule found lacking). */
  readonly matchedFacts: readonly string[];
}

function readFact(facts: Readonly<Record<string, unknown>>, leaf: LeafCondition): unknown {
  const value = facts[leaf.fact];
  if (leaf.path === undefined) return value;
  let current = value;
  for (const key of leaf.path.slice(2).split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The caller-facing names of the facts a leaf reads. */
export function askableFacts(leaf: LeafCondition): readonly string[] {
  if (Object.hasOwn(DERIVED_FACTS, leaf.fact)) return DERIVED_FACTS[leaf.fact as keyof typeof DERIVED_FACTS].askFor;
  return [leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path.slice(2)}`];
}

function evaluateLeaf(leaf: LeafCondition, oracle: LeafOracle, facts: Readonly<Record<string, unknown>>, ruleSet: RuleSet): ConditionOutcome {
  const actual = readFact(facts, leaf);
  const base = {
    kind: 'leaf' as const,
    fact: leaf.fact,
    ...(leaf.path !== undefined && { path: leaf.path }),
    operator: leaf.operator,
    expected: leaf.value,
    ...(actual !== undefined && { actual }),
  };
  const names = askableFacts(leaf);
  if (leaf.operator === 'isUnknown') {
    const truth = fromBoolean(oracle.result(leaf, actual));
    const found = truth === 'true' ? names : [];
    return { trace: { ...base, truth }, strict: truth, unknownFacts: [], confirmedMissing: found, matchedFacts: found };
  }
  if (actual === undefined) {
    const trace: LeafTrace = ruleSet.optionalFacts.has(leaf.fact)
      ? { ...base, truth: 'false', assumedAbsent: true }
      : { ...base, truth: 'unknown' };
    return { trace, strict: 'unknown', unknownFacts: names, confirmedMissing: [], matchedFacts: [] };
  }
  const truth = fromBoolean(oracle.result(leaf, actual));
  return { trace: { ...base, truth }, strict: truth, unknownFacts: [], confirmedMissing: [], matchedFacts: truth === 'true' ? names : [] };
}

function combine(kind: 'all' | 'any', children: readonly ConditionOutcome[]): ConditionOutcome {
  const op = kind === 'all' ? and : or;
  const truth = op(children.map((c) => c.trace.truth));
  const strict = op(children.map((c) => c.strict));
  return {
    trace: { kind, truth, children: children.map((c) => c.trace) },
    strict,
    unknownFacts: strict === 'unknown' ? children.filter((c) => c.strict === 'unknown').flatMap((c) => c.unknownFacts) : [],
    confirmedMissing: truth === 'true' ? children.filter((c) => c.trace.truth === 'true').flatMap((c) => c.confirmedMissing) : [],
    matchedFacts: truth === 'true' ? children.filter((c) => c.trace.truth === 'true').flatMap((c) => c.matchedFacts) : [],
  };
}

/** Evaluates a condition tree in three-valued logic, with leaf results from `oracle`. */
export function conditionTruth(
  node: ConditionNode,
  oracle: LeafOracle,
  facts: Readonly<Record<string, unknown>>,
  ruleSet: RuleSet,
): ConditionOutcome {
  if ('all' in node) return combine('all', node.all.map((c, i) => conditionTruth(c, oracle.child('all', i), facts, ruleSet)));
  if ('any' in node) return combine('any', node.any.map((c, i) => conditionTruth(c, oracle.child('any', i), facts, ruleSet)));
  if ('not' in node) {
    const inner = conditionTruth(node.not, oracle.child('not'), facts, ruleSet);
    return {
      trace: { kind: 'not', truth: not(inner.trace.truth), child: inner.trace },
      strict: not(inner.strict),
      unknownFacts: inner.unknownFacts,
      confirmedMissing: [],
      matchedFacts: [],
    };
  }
  if ('condition' in node) {
    const named = ruleSet.namedConditions[node.condition];
    if (!named) throw new Error(`named condition "${node.condition}" vanished after loading`);
    // json-rules-engine replaces the reference with the realised condition in its annotated tree.
    const inner = conditionTruth(named, oracle, facts, ruleSet);
    return { ...inner, trace: { kind: 'condition', name: node.condition, truth: inner.trace.truth, child: inner.trace } };
  }
  return evaluateLeaf(node, oracle, facts, ruleSet);
}

const LISTS = { unknown: 'unknownFacts', matched: 'matchedFacts', confirmed: 'confirmedMissing' } as const;

/** A rule decided by the interpreter (the json-rules-engine path). */
export class InterpretedRule<O extends string> extends DecidedRule<O> {
  readonly trace: ConditionTrace | undefined;

  constructor(
    rule: Rule<O>,
    ruleSet: RuleSet<O>,
    private readonly condition: ConditionOutcome,
    facts: Readonly<Record<string, unknown>>,
    withTrace: boolean,
  ) {
    super(rule, ruleSet, condition.trace.truth, facts);
    this.trace = withTrace ? condition.trace : undefined;
  }

  protected strictTruth(): Truth {
    return this.condition.strict;
  }

  protected factList(list: FactList): readonly string[] {
    return this.condition[LISTS[list]];
  }
}
