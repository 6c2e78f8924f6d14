import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import type { Truth } from './kleene.js';
import { knownOrUndefined } from './compile/fact-reader.js';
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

const NONE: readonly string[] = [];

/** Facts found missing, by what a condition reports: see condition-truth.ts for each list's meaning. */
export type FactList = 'unknown' | 'matched' | 'confirmed';

/** True when the caller gave `name` (a fact, or `fact.member` for a group). */
function answered(name: string, facts: Readonly<Record<string, unknown>>): boolean {
  if (!name.includes('.')) return Object.hasOwn(facts, name) && knownOrUndefined(facts[name]) !== undefined;
  let current: unknown = facts;
  for (const key of name.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return knownOrUndefined(current) !== undefined;
}

/**
 * The facts still worth asking for: a derived fact names all its inputs, but those the caller already gave
 * are not the missing ones (e.g. naloxoneGivenAt "never" while lastOverdoseAt is unknown). When every name
 * is answered (a derived value unknown for another reason), all are kept so the gap is never hidden.
 */
function unanswered(names: readonly string[], facts: Readonly<Record<string, unknown>>): readonly string[] {
  const open = names.filter((name) => !answered(name, facts));
  return open.length > 0 ? open : names;
}

function askFor(fact: string): readonly string[] {
  return Object.hasOwn(DERIVED_FACTS, fact) ? DERIVED_FACTS[fact as keyof typeof DERIVED_FACTS].askFor : [fact];
}

/**
 * A decided rule: status and outcome from its condition's truth, and the fact lists collected on first
 * read, since most callers never read them. Each evaluator supplies the condition's side (one object per
 * rule, so deciding a rule set allocates little).
 */
export abstract class DecidedRule<O extends string = string> implements RuleEvaluation<O> {
  readonly status: RuleStatus;
  readonly outcome: O | null = null;
  private readonly outcomeFact: string | undefined;
  private unknownList: readonly string[] | undefined;
  private foundList: readonly string[] | undefined;

  constructor(
    readonly rule: Rule<O>,
    private readonly ruleSet: RuleSet<O>,
    truth: Truth,
    private readonly facts: Readonly<Record<string, unknown>>,
  ) {
    this.status = truth === 'true' ? 'fired' : truth === 'unknown' ? 'unknown' : 'not-fired';
    const effect = rule.effect;
    if (effect.kind === 'outcome') this.outcome = effect.outcome;
    else if (effect.kind === 'outcome-from-fact') {
      const value = knownOrUndefined(facts[effect.fact]) as O | undefined;
      const mostRestrictive = ruleSet.outcomes.find((o) => o.id !== ruleSet.insufficientOutcome)?.id ?? null;
      this.outcome = value !== undefined && this.status === 'fired' ? value : mostRestrictive;
      if (value === undefined && truth !== 'false') {
        // The conditions may hold, but the outcome they would name is unknown: the rule is undecided.
        this.status = 'unknown';
        this.outcomeFact = effect.fact;
      }
    }
  }

  /** Truth with optional facts left unknown. */
  protected abstract strictTruth(): Truth;
  /** One of the condition's fact lists (asked for only when it applies). */
  protected abstract factList(list: FactList): readonly string[];
  abstract readonly trace: ConditionTrace | undefined;

  get unknownFacts(): readonly string[] {
    if (this.unknownList === undefined) {
      const own = this.strictTruth() === 'unknown' ? unanswered(this.factList('unknown'), this.facts) : NONE;
      this.unknownList = this.outcomeFact === undefined ? own : [...own, ...askFor(this.outcomeFact)];
    }
    return this.unknownList;
  }

  get found(): readonly string[] {
    if (this.foundList === undefined) {
      if (this.status !== 'fired') this.foundList = NONE;
      else this.foundList = this.factList(this.outcome === this.ruleSet.insufficientOutcome ? 'matched' : 'confirmed');
    }
    return this.foundList;
  }
}
