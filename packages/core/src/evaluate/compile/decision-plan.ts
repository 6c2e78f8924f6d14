/**
 * The per-rule-set constants a decision needs (effect kinds, outcome ranks, the fallback, where it sits
 * among the rules), computed once per loaded rule set, and the verdict loop over them: every decided rule's
 * status and the chosen outcome, as small integers with one allocation per decision. It mirrors
 * `DecidedRule`'s statuses and `chooseOutcome` (precedence and the reassurance gate) exactly; the
 * differential tests hold the two equal.
 */
import type { Rule, RuleSet } from '../../rule-set/rule-set.js';
import { rankOf } from '../choose-outcome.js';
import { compiledSteps } from './compiled-rule-set.js';
import type { CompiledCondition } from './compile-condition.js';
import { knownOrUndefined, type FactValues } from './fact-reader.js';
import { FALSE, TRUE, UNKNOWN, type Tri } from './tri.js';

const OUTCOME = 0;
const FLAG = 1;
const FROM_FACT = 2;

/** One decided rule (every rule but the fallback) with its effect resolved for the verdict loop. */
interface PlannedStep {
  readonly rule: Rule;
  readonly condition: CompiledCondition;
  readonly kind: typeof OUTCOME | typeof FLAG | typeof FROM_FACT;
  /** The fixed outcome and its rank (kind OUTCOME), or the fact naming the outcome (kind FROM_FACT). */
  readonly outcome: string;
  readonly rank: number;
  readonly fact: string;
}

/** A rule set's decision constants. */
export interface DecisionPlan {
  readonly steps: readonly PlannedStep[];
  /** For each rule in rule-set order, its index in `steps`, or -1 for a fallback rule. */
  readonly stepOf: readonly number[];
  /** The fallback rule that can fire (the first one) when its effect is an outcome. */
  readonly fallback: Rule | undefined;
  readonly fallbackOutcome: string | undefined;
}

const plans = new WeakMap<RuleSet, DecisionPlan>();

/** The decision plan of `ruleSet`, built on first use. */
export function decisionPlan(ruleSet: RuleSet): DecisionPlan {
  let plan = plans.get(ruleSet);
  if (!plan) {
    const steps: PlannedStep[] = compiledSteps(ruleSet).map(({ rule, condition }) => {
      const effect = rule.effect;
      if (effect.kind === 'outcome') return { rule, condition, kind: OUTCOME, outcome: effect.outcome, rank: rankOf(ruleSet, effect.outcome), fact: '' };
      if (effect.kind === 'flag') return { rule, condition, kind: FLAG, outcome: '', rank: -1, fact: '' };
      return { rule, condition, kind: FROM_FACT, outcome: '', rank: -1, fact: effect.fact };
    });
    let next = 0;
    const stepOf = ruleSet.rules.map((rule) => (rule.fallback ? -1 : next++));
    const fallback = ruleSet.rules.find((rule) => rule.fallback);
    const fallbackOutcome = fallback?.effect.kind === 'outcome' ? fallback.effect.outcome : undefined;
    plan = { steps, stepOf, fallback: fallbackOutcome === undefined ? undefined : fallback, fallbackOutcome };
    plans.set(ruleSet, plan);
  }
  return plan;
}

/** Every decided rule's status (as a truth: true fired, unknown undecided) and the chosen outcome. */
export interface Verdicts {
  /** Per step: FALSE not fired, UNKNOWN unknown, TRUE fired. */
  readonly statuses: Uint8Array;
  readonly outcome: string;
  readonly firedFallback: Rule | undefined;
}

/**
 * Decides every rule of `ruleSet` over `values` and applies precedence and the reassurance gate: a
 * reassuring outcome only when no outcome rule is unknown, else the insufficient-information outcome.
 */
export function decideVerdicts(ruleSet: RuleSet, values: FactValues): Verdicts {
  const plan = decisionPlan(ruleSet);
  const { steps } = plan;
  const statuses = new Uint8Array(steps.length);
  let winner: string | undefined;
  let winnerRank = Infinity;
  let anyUnknown = false;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PlannedStep;
    let status: Tri = step.condition.lenient(values);
    if (step.kind === FLAG) {
      statuses[i] = status;
      continue;
    }
    let outcome = step.outcome;
    let rank = step.rank;
    if (step.kind === FROM_FACT) {
      const named = knownOrUndefined(values[step.fact]) as string | undefined;
      // The conditions may hold, but the outcome they would name is unknown: the rule is undecided.
      if (named === undefined) {
        if (status !== FALSE) status = UNKNOWN;
      } else if (status === TRUE) {
        outcome = named;
        rank = rankOf(ruleSet, named);
      }
    }
    statuses[i] = status;
    if (status === UNKNOWN) anyUnknown = true;
    else if (status === TRUE && rank < winnerRank) {
      winner = outcome;
      winnerRank = rank;
    }
  }
  if (winner === undefined) {
    if (plan.fallbackOutcome !== undefined && !anyUnknown) return { statuses, outcome: plan.fallbackOutcome, firedFallback: plan.fallback };
    return { statuses, outcome: ruleSet.insufficientOutcome, firedFallback: undefined };
  }
  const reassuring = ruleSet.outcomes[winnerRank]?.reassuring === true;
  return { statuses, outcome: reassuring && anyUnknown ? ruleSet.insufficientOutcome : winner, firedFallback: undefined };
}
