/**
 * The rule logic of a loaded rule set, compiled to closures, as a public building block: it decides the
 * outcome, fired rules and missing facts over fact values that are already parsed and derived. Apps want
 * `evaluateSync`, which parses, derives and explains; this serves hosts that decide one rule set over many
 * prepared value sets, and benchmarks of the evaluator alone.
 */
import type { Rule, RuleSet } from '../../rule-set/rule-set.js';
import { rankMissingFacts } from '../rank-missing-facts.js';
import type { RuleEvaluation } from '../rule-status.js';
import { CompiledRule, compiledSteps } from './compiled-rule-set.js';
import { decideVerdicts, decisionPlan } from './decision-plan.js';
import type { FactValues } from './fact-reader.js';
import { FALSE, TRUE, truthName, UNKNOWN, type Tri } from './tri.js';

/** What a rule set's logic decided for one set of values. */
export interface Decision<O extends string = string> {
  readonly outcome: O;
  readonly firedRules: readonly string[];
  readonly unknownRules: readonly string[];
  readonly flags: readonly string[];
  /** Facts worth asking for, most restrictive possible outcome first. */
  readonly missingFacts: readonly string[];
}

/** A rule set compiled once; `decide` runs synchronously with no trace and no engine. */
export interface CompiledRuleSet<O extends string = string> {
  readonly ruleSet: RuleSet<O>;
  /**
   * Decides the rule set over `values`: input facts as `parseFacts` returns them plus any derived facts
   * and rule-set outcomes the rules read (absent means unknown). Values are not validated here.
   */
  decide(values: FactValues): Decision<O>;
}

/** Evaluates every rule but the fallback (decided from the others) with compiled conditions. */
export function decideRules<O extends string>(ruleSet: RuleSet<O>, values: FactValues, traceOf?: (rule: Rule<O>) => RuleEvaluation['trace']): RuleEvaluation<O>[] {
  const evaluations: RuleEvaluation<O>[] = [];
  for (const { rule, condition } of compiledSteps(ruleSet as RuleSet)) {
    const own = rule as Rule<O>;
    evaluations.push(new CompiledRule(own, ruleSet, condition, values, traceOf?.(own)));
  }
  return evaluations;
}

/**
 * The ranked missing facts, from the rules that can name one: fired or unknown rules, and rules that did
 * not fire but are unknown once optional facts count as unknown. Every other rule has empty lists, and
 * leaving it out changes no ranking (ranks compare rule order, which the kept rules preserve).
 */
function missingFactsOf<O extends string>(ruleSet: RuleSet<O>, values: FactValues, statuses: Uint8Array): string[] {
  const steps = compiledSteps(ruleSet as RuleSet);
  const waiting: RuleEvaluation<O>[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { rule, condition } = steps[i] as (typeof steps)[number];
    const status = statuses[i] as Tri;
    if (status === FALSE && !(condition.readsOptional && condition.strict(values) === UNKNOWN)) continue;
    waiting.push(new CompiledRule(rule as Rule<O>, ruleSet, condition, values, undefined, truthName(status)));
  }
  return waiting.length === 0 ? [] : rankMissingFacts(ruleSet, waiting).map((m) => m.fact);
}

/**
 * A decision whose missing facts are ranked on first read, so a caller after the outcome alone never pays
 * for them. `missingFacts` is an own enumerable getter, as on a plain object (spread and JSON include it);
 * it is defined with one shared descriptor because an object literal with a getter is slow to create.
 */
class CompiledDecision<O extends string> implements Decision<O> {
  static readonly #missingFacts: PropertyDescriptor = {
    get(this: CompiledDecision<string>) {
      return (this.#missing ??= this.#rank());
    },
    enumerable: true,
    configurable: true,
  };

  declare readonly missingFacts: readonly string[];
  #missing: readonly string[] | undefined;
  readonly #rank: () => readonly string[];

  constructor(
    readonly outcome: O,
    readonly firedRules: readonly string[],
    readonly unknownRules: readonly string[],
    readonly flags: readonly string[],
    rank: () => readonly string[],
  ) {
    this.#rank = rank;
    Object.defineProperty(this, 'missingFacts', CompiledDecision.#missingFacts);
  }
}

/** Compiles `ruleSet`'s conditions (once per loaded rule set) for repeated synchronous decisions. */
export function compileRuleSet<O extends string>(ruleSet: RuleSet<O>): CompiledRuleSet<O> {
  const plan = decisionPlan(ruleSet as RuleSet);
  const rules = ruleSet.rules;
  return {
    ruleSet,
    decide(values) {
      const { statuses, outcome, firedFallback } = decideVerdicts(ruleSet as RuleSet, values);
      const firedRules: string[] = [];
      const unknownRules: string[] = [];
      const flags: string[] = [];
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r] as Rule<O>;
        const step = plan.stepOf[r] as number;
        if (step < 0) {
          if (rule === firedFallback) firedRules.push(rule.id);
          continue;
        }
        const status = statuses[step];
        if (status === UNKNOWN) unknownRules.push(rule.id);
        else if (status === TRUE) {
          firedRules.push(rule.id);
          if (rule.effect.kind === 'flag') flags.push(rule.effect.flag);
        }
      }
      return new CompiledDecision(outcome as O, firedRules, unknownRules, flags, () => missingFactsOf(ruleSet, values, statuses));
    },
  };
}
