/**
 * A rule set's conditions compiled once (memoised per loaded rule set) and the verdicts they give. Loading
 * stays cheap for rule sets that are only linted or documented; the first evaluation compiles.
 */
import type { Rule, RuleSet } from '../../rule-set/rule-set.js';
import type { Truth } from '../kleene.js';
import type { ConditionVerdict } from '../rule-status.js';
import type { ConditionTrace } from '../trace.js';
import { ALWAYS_HOLDS, conditionCompiler, type CompiledCondition } from './compile-condition.js';
import type { FactValues } from './fact-reader.js';
import { traceCompiler, type CompiledTrace } from './compile-trace.js';
import { TRUE, UNKNOWN, truthName } from './tri.js';

const compiledByRuleSet = new WeakMap<RuleSet, ReadonlyMap<Rule, CompiledCondition>>();

/** The compiled condition of every rule of `ruleSet` (a rule without conditions always holds). */
export function compiledConditions(ruleSet: RuleSet): ReadonlyMap<Rule, CompiledCondition> {
  let compiled = compiledByRuleSet.get(ruleSet);
  if (!compiled) {
    const compile = conditionCompiler(ruleSet);
    compiled = new Map(ruleSet.rules.map((rule) => [rule, rule.conditions ? compile(rule.conditions) : ALWAYS_HOLDS]));
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

/** A verdict from compiled closures; the fact lists are collected only when asked for. */
class CompiledVerdict implements ConditionVerdict {
  readonly truth: Truth;
  readonly strict: Truth;

  constructor(
    private readonly condition: CompiledCondition,
    private readonly values: FactValues,
    readonly trace?: ConditionTrace,
  ) {
    const lenient = condition.lenient(values);
    this.truth = truthName(lenient);
    this.strict = condition.readsOptional ? truthName(condition.strict(values)) : this.truth;
  }

  unknownFacts(): readonly string[] {
    return this.collect('unknown');
  }

  matchedFacts(): readonly string[] {
    return this.collect('matched');
  }

  confirmedMissing(): readonly string[] {
    return this.collect('confirmed');
  }

  private collect(field: 'unknown' | 'matched' | 'confirmed'): string[] {
    const out: string[] = [];
    const holds = field === 'unknown' ? this.condition.strict(this.values) === UNKNOWN : this.condition.lenient(this.values) === TRUE;
    if (holds) this.condition[field](this.values, out);
    return out;
  }
}

/** The verdict of a compiled condition for `values`, carrying `trace` when one was built. */
export function compiledVerdict(condition: CompiledCondition, values: FactValues, trace?: ConditionTrace): ConditionVerdict {
  return new CompiledVerdict(condition, values, trace);
}
