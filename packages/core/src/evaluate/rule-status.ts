import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import type { Truth } from './kleene.js';
import type { ConditionTrace } from './trace.js';

/** Whether a rule fired, did not fire, or could not be decided because facts are unknown. */
export type RuleStatus = 'fired' | 'not-fired' | 'unknown';

/** A rule's status with what evaluating its conditions found. */
export interface RuleEvaluation<O extends string = string> {
  readonly rule: Rule<O>;
  readonly status: RuleStatus;
  /**
   * The outcome this rule produces: for a fired rule the actual one; otherwise the most restrictive it could
   * produce (used to rank missing facts). Null for flag rules.
   */
  readonly outcome: O | null;
  /** Caller-facing facts whose absence left this rule (or its outcome) undecided. */
  readonly unknownFacts: readonly string[];
  /**
   * For a fired rule, the facts it found lacking: every fact it matched when its outcome is
   * insufficient-information (e.g. a urine screen not done yet), else those an `isUnknown` leaf confirmed.
   */
  readonly found: readonly string[];
  /** The condition trace, when one was asked for. */
  readonly trace?: ConditionTrace | undefined;
}

/** What evaluating one rule's conditions gave, computed by the interpreter or the compiled closures. */
export interface ConditionVerdict {
  /** Truth with optional facts read as absent: decides whether the rule fires. */
  readonly truth: Truth;
  /** Truth with optional facts left unknown. */
  readonly strict: Truth;
  /** Facts that left `strict` unknown (asked for only when it is). */
  unknownFacts(): readonly string[];
  /** Facts of true leaves on true paths (asked for only when `truth` is true). */
  matchedFacts(): readonly string[];
  /** Facts an `isUnknown` leaf confirmed missing on true paths (asked for only when `truth` is true). */
  confirmedMissing(): readonly string[];
  readonly trace?: ConditionTrace | undefined;
}

const NONE: readonly string[] = [];

function askFor(fact: string): readonly string[] {
  return Object.hasOwn(DERIVED_FACTS, fact) ? DERIVED_FACTS[fact as keyof typeof DERIVED_FACTS].askFor : [fact];
}

/** A decided rule; the fact lists are collected on first read, since most callers never read them. */
class DecidedRule<O extends string> implements RuleEvaluation<O> {
  private unknownList: readonly string[] | undefined;
  private foundList: readonly string[] | undefined;

  constructor(
    readonly rule: Rule<O>,
    readonly status: RuleStatus,
    readonly outcome: O | null,
    private readonly verdict: ConditionVerdict,
    private readonly insufficientOutcome: O,
    private readonly outcomeFact: string | undefined,
  ) {}

  get trace(): ConditionTrace | undefined {
    return this.verdict.trace;
  }

  get unknownFacts(): readonly string[] {
    if (this.unknownList === undefined) {
      const own = this.verdict.strict === 'unknown' ? this.verdict.unknownFacts() : NONE;
      this.unknownList = this.outcomeFact === undefined ? own : [...own, ...askFor(this.outcomeFact)];
    }
    return this.unknownList;
  }

  get found(): readonly string[] {
    if (this.foundList === undefined) {
      if (this.status !== 'fired') this.foundList = NONE;
      else this.foundList = this.outcome === this.insufficientOutcome ? this.verdict.matchedFacts() : this.verdict.confirmedMissing();
    }
    return this.foundList;
  }
}

/** Turns a rule's condition verdict into its status, outcome and the facts worth asking for. */
export function ruleEvaluation<O extends string>(
  rule: Rule<O>,
  ruleSet: RuleSet<O>,
  verdict: ConditionVerdict,
  facts: Readonly<Record<string, unknown>>,
): RuleEvaluation<O> {
  const { truth } = verdict;
  let status: RuleStatus = truth === 'true' ? 'fired' : truth === 'unknown' ? 'unknown' : 'not-fired';
  let outcome: O | null = null;
  let missingOutcomeFact: string | undefined;
  const effect = rule.effect;
  if (effect.kind === 'outcome') outcome = effect.outcome;
  else if (effect.kind === 'outcome-from-fact') {
    const value = facts[effect.fact] as O | undefined;
    const mostRestrictive = ruleSet.outcomes.find((o) => o.id !== ruleSet.insufficientOutcome)?.id ?? null;
    outcome = value !== undefined && status === 'fired' ? value : mostRestrictive;
    if (value === undefined && truth !== 'false') {
      // The conditions may hold, but the outcome they would name is unknown: the rule is undecided.
      status = 'unknown';
      missingOutcomeFact = effect.fact;
    }
  }
  return new DecidedRule(rule, status, outcome, verdict, ruleSet.insufficientOutcome, missingOutcomeFact);
}
