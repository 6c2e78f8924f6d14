/**
 * A rule set's conditions compiled once (memoised per loaded rule set) and the verdicts they give. Loading
 * stays cheap for rule sets that are only linted or documented; the first evaluation compiles.
 */
import type { Rule, RuleSet } from '../../rule-set/rule-set.js';
import type { Truth } from '../kleene.js';
import { DecidedRule, type FactList } from '../rule-status.js';
import type { ConditionTrace } from '../trace.js';
import { ALWAYS_HOLDS, conditionCompiler, type CompiledCondition } from './compile-condition.js';
import type { FactValues } from './fact-reader.js';
import { traceCompiler, type CompiledTrace } from './compile-trace.js';
import { truthName } from './tri.js';

/** A rule decided from the others' results (every rule but the fallback), with its compiled condition. */
export interface CompiledStep {
  readonly rule: Rule;
  readonly condition: CompiledCondition;
}

const compiledByRuleSet = new WeakMap<RuleSet, readonly CompiledStep[]>();

/** The compiled conditions of `ruleSet`'s decided rules, in rule order (no conditions: always holds). */
export function compiledSteps(ruleSet: RuleSet): readonly CompiledStep[] {
  let compiled = compiledByRuleSet.get(ruleSet);
  if (!compiled) {
    const compile = conditionCompiler(ruleSet);
    compiled = ruleSet.rules.filter((rule) => !rule.fallback).map((rule) => ({ rule, condition: rule.conditions ? compile(rule.conditions) : ALWAYS_HOLDS }));
    compiledByRuleSet.set(ruleSet, compiled);
  }
  return compiled;
}

const ALWAYS_TRACE: CompiledTrace = () => ({ kind: 'all', truth: 'true', children: [] });
const tracesByRuleSet = new WeakMap<RuleSet, ReadonlyMap<Rule, CompiledTrace>>();

/** The compiled trace builder of every rule of `ruleSet`, compiled on first request. */
export function compiledTraces(ruleSet: RuleSet): ReadonlyMap<Rule, CompiledTrace> {
  let compiled = tracesByRuleSet.get(ruleSet);
  if (!compiled) {
    const compile = traceCompiler(ruleSet);
    compiled = new Map(ruleSet.rules.map((rule) => [rule, rule.conditions ? compile(rule.conditions) : ALWAYS_TRACE]));
    tracesByRuleSet.set(ruleSet, compiled);
  }
  return compiled;
}

/** A rule decided by compiled closures; one object per rule, lists collected on first read. */
export class CompiledRule<O extends string> extends DecidedRule<O> {
  constructor(
    rule: Rule<O>,
    ruleSet: RuleSet<O>,
    private readonly condition: CompiledCondition,
    private readonly values: FactValues,
    readonly trace: ConditionTrace | undefined,
    private readonly truth: Truth = truthName(condition.lenient(values)),
  ) {
    super(rule, ruleSet, truth, values);
  }

  protected strictTruth(): Truth {
    // With no optional fact below, strict truth is the lenient one (for an outcome-from-fact rule the truth
    // given may be its adjusted status, so that one is recomputed).
    if (!this.condition.readsOptional && this.rule.effect.kind !== 'outcome-from-fact') return this.truth;
    return truthName(this.condition.strict(this.values));
  }

  protected factList(list: FactList): readonly string[] {
    const out: string[] = [];
    this.condition[list](this.values, out);
    return out;
  }
}
