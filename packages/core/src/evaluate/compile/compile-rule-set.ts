/**
 * The rule logic of a loaded rule set, compiled to closures, as a public building block: it decides the
 * outcome, fired rules and missing facts over fact values that are already parsed and derived. Apps want
 * `evaluateSync`, which parses, derives and explains; this serves hosts that decide one rule set over many
 * prepared value sets, and benchmarks of the evaluator alone.
 */
import type { Rule, RuleSet } from '../../rule-set/rule-set.js';
import { rankMissingFacts } from '../rank-missing-facts.js';
import type { RuleEvaluation, RuleStatus } from '../rule-status.js';
import type { ConditionTrace } from '../trace.js';
import { CompiledRule, compiledSteps, compiledTraces } from './compiled-rule-set.js';
import type { CompiledTrace } from './compile-trace.js';
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

/** One rule's status with its condition trace, as in an evaluation result's `rules`. */
export interface DecidedRuleTrace {
  readonly id: string;
  readonly status: RuleStatus;
  /** Every node of the rule's condition with its truth; absent for the fallback rule. */
  readonly conditions?: ConditionTrace;
}

/** A decision with every rule's condition trace. */
export interface TracedDecision<O extends string = string> extends Decision<O> {
  /** Every rule in rule-set order; equal to the `id`, `status` and `conditions` of `evaluateSync`'s `rules`. */
  readonly rules: readonly DecidedRuleTrace[];
}

/** A rule set compiled once; `decide` runs synchronously with no trace and no engine. */
export interface CompiledRuleSet<O extends string = string> {
  readonly ruleSet: RuleSet<O>;
  /**
   * Decides the rule set over `values`: input facts as `parseFacts` returns them plus any derived facts
   * and rule-set outcomes the rules read (absent means unknown). Values are not validated here.
   */
  decide(values: FactValues): Decision<O>;
  /** Decides as {@link CompiledRuleSet.decide} does and also traces every rule's condition, leaf by leaf. */
  decideWithTrace(values: FactValues): TracedDecision<O>;
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

/** A compiled decision with every rule's trace; missing facts stay ranked on first read. */
class TracedCompiledDecision<O extends string> extends CompiledDecision<O> implements TracedDecision<O> {
  constructor(
    decision: CompiledDecision<O>,
    readonly rules: readonly DecidedRuleTrace[],
  ) {
    super(decision.outcome, decision.firedRules, decision.unknownRules, decision.flags, () => decision.missingFacts);
  }
}

/** Compiles `ruleSet`'s conditions (once per loaded rule set) for repeated synchronous decisions. */
export function compileRuleSet<O extends string>(ruleSet: RuleSet<O>): CompiledRuleSet<O> {
  const plan = decisionPlan(ruleSet as RuleSet);
  const rules = ruleSet.rules;
  // One pass over the rules gives the lists and, when asked, each rule's status and condition trace.
  const run = (values: FactValues, traces: ReadonlyMap<Rule, CompiledTrace> | undefined, traced: DecidedRuleTrace[]): CompiledDecision<O> => {
    const { statuses, outcome, firedFallback } = decideVerdicts(ruleSet as RuleSet, values);
    const firedRules: string[] = [];
    const unknownRules: string[] = [];
    const flags: string[] = [];
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as Rule<O>;
      const step = plan.stepOf[r] as number;
      let status: RuleStatus = 'not-fired';
      if (step < 0) {
        if (rule === firedFallback) {
          firedRules.push(rule.id);
          status = 'fired';
        }
        if (traces) traced.push({ id: rule.id, status });
        continue;
      }
      const verdict = statuses[step];
      if (verdict === UNKNOWN) {
        unknownRules.push(rule.id);
        status = 'unknown';
      } else if (verdict === TRUE) {
        firedRules.push(rule.id);
        if (rule.effect.kind === 'flag') flags.push(rule.effect.flag);
        status = 'fired';
      }
      const conditions = traces?.get(rule as Rule)?.(values);
      if (traces) traced.push(conditions ? { id: rule.id, status, conditions } : { id: rule.id, status });
    }
    return new CompiledDecision(outcome as O, firedRules, unknownRules, flags, () => missingFactsOf(ruleSet, values, statuses));
  };
  const NO_RULES: DecidedRuleTrace[] = [];
  return {
    ruleSet,
    decide: (values) => run(values, undefined, NO_RULES),
    decideWithTrace(values) {
      const traced: DecidedRuleTrace[] = [];
      return new TracedCompiledDecision(run(values, compiledTraces(ruleSet as RuleSet), traced), traced);
    },
  };
}
