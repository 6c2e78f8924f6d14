/**
 * Evaluates one rule set against parsed facts: derive facts, decide every rule's conditions (with
 * json-rules-engine, the reference, or with conditions compiled to closures, synchronously), apply
 * precedence and the reassurance gate, and assemble an explained result. Both paths share everything after
 * the condition verdicts, and a differential test holds the verdicts equal.
 */
import type { Derivation } from '../derive/derive-facts.js';
import { DERIVED_FACTS, RULE_SET_OUTCOME_FACTS, type DerivedFactName } from '../derive/derived-vocabulary.js';
import { INPUT_FACTS } from '../facts/vocabulary.js';
import type { TimePolicy } from '../derive/time-policy.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { ContactPhrases } from '../emergency/contact-phrases.js';
import type { MessageCatalog } from '../messages/catalog.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import { chooseOutcome, type OutcomeChoice } from './choose-outcome.js';
import { CompiledRule, compiledSteps, compiledTraces } from './compile/compiled-rule-set.js';
import { decideVerdicts } from './compile/decision-plan.js';
import type { FactValues } from './compile/fact-reader.js';
import { truthName } from './compile/tri.js';
import { resultConstants, type ResultConstants } from './result-constants.js';
import { requireTimeIfRead } from './require-time.js';
import { renderMessages, type MessageValues } from './render-messages.js';
import { rankMissingFacts } from './rank-missing-facts.js';
import type { EvaluationResult, RuleTrace } from './result.js';
import type { RuleEvaluation } from './rule-status.js';

/** Everything an evaluation needs besides the rule set and facts. */
export interface EvaluationContext {
  /** The time policy in force: fentanyl policy, waiting windows, rescue windows. */
  readonly policy: TimePolicy;
  readonly messages: MessageCatalog;
  /** Fill values for `{emergencyNumber}` and `{crisisLine}`. */
  readonly phrases: ContactPhrases;
  /** Resolves another rule set's outcome for the same facts synchronously (memoised). */
  readonly outcomeOfSync: (ruleSetId: string) => string;
  /** Whether results carry each rule's condition trace (skipping it skips its allocation). */
  readonly trace: boolean;
  /** The derived facts for these facts and policy, computed once per session. */
  readonly derivation: () => Derivation;
  /** The facts with the derived values over them (what rules read, before other rule sets' outcomes), once per session. */
  readonly factValues: () => FactValues;
}

const outcomeFactsByRuleSet = new WeakMap<RuleSet, readonly (readonly [string, string])[]>();

/** Rule-set outcome facts (e.g. `urgentHelpOutcome`) the rule set reads, with the rule set each comes from. */
export function outcomeFactIds(ruleSet: RuleSet): readonly (readonly [string, string])[] {
  let ids = outcomeFactsByRuleSet.get(ruleSet);
  if (!ids) {
    ids = Object.entries(RULE_SET_OUTCOME_FACTS).flatMap(([fact, id]) =>
      ruleSet.referencedFacts.has(fact as DerivedFactName) && id !== undefined ? [[fact, id] as const] : [],
    );
    outcomeFactsByRuleSet.set(ruleSet, ids);
  }
  return ids;
}

/** Every vocabulary name as an own key, unknown, in one fixed order: the layout of every session's values. */
const EMPTY_LAYOUT: Readonly<Record<string, unknown>> = Object.fromEntries(
  [...new Set([...Object.keys(INPUT_FACTS), ...Object.keys(DERIVED_FACTS)])].map((name) => [name, undefined]),
);

// Key by key is about twice as fast as Object.assign or a spread here, since every source has its own layout.
function copyInto(values: Record<string, unknown>, source: Readonly<Record<string, unknown>>): void {
  for (const name of Object.keys(source)) {
    // Assignment to "__proto__" would set the prototype; a spread defines the key instead.
    if (name === '__proto__') Object.defineProperty(values, name, { value: source[name], writable: true, enumerable: true, configurable: true });
    else values[name] = source[name];
  }
}

/**
 * The facts with derived values over them: what every rule set reads besides other rule sets' outcomes.
 * Equal to `{ ...facts, ...derived }` except that every vocabulary name is an own key (undefined when
 * unknown, which every reader treats as absent), in one order: every patient's values then share one
 * hidden class, so the compiled readers' property lookups hit V8's caches instead of searching each
 * patient's own layout.
 */
export function mergeFactValues(facts: KnownFacts, derivation: Derivation): FactValues {
  const values: Record<string, unknown> = { ...EMPTY_LAYOUT };
  copyInto(values, facts as Readonly<Record<string, unknown>>);
  copyInto(values, derivation.values);
  return values;
}

/** Checks the facts give the time the rule set needs, and returns the session's derived facts. */
export function prepare(ruleSet: RuleSet, facts: KnownFacts, context: EvaluationContext): Derivation {
  requireTimeIfRead(ruleSet, facts);
  return context.derivation();
}

/** Evaluates `ruleSet` for already-parsed facts synchronously, with its conditions compiled to closures. */
export function evaluateParsedSync<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EvaluationContext): EvaluationResult<O> {
  const values = valuesFor(ruleSet as RuleSet, facts, context);
  const verdicts = decideVerdicts(ruleSet as RuleSet, values);
  const traces = context.trace ? compiledTraces(ruleSet as RuleSet) : undefined;
  const steps = compiledSteps(ruleSet as RuleSet);
  const evaluations: RuleEvaluation<O>[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { rule, condition } = steps[i] as (typeof steps)[number];
    // The verdict is the rule's status, which as a truth gives DecidedRule the same status and outcome.
    const truth = truthName(verdicts.statuses[i] as 0 | 1 | 2);
    evaluations.push(new CompiledRule(rule as Rule<O>, ruleSet, condition, values, traces?.get(rule)?.(values), truth));
  }
  const choice: OutcomeChoice<O> = { outcome: verdicts.outcome as O, firedFallback: verdicts.firedFallback as Rule<O> | undefined };
  return assemble(ruleSet, facts, context.derivation(), evaluations, context, choice);
}

/** Only the outcome of `ruleSet`, synchronously: what a rule set reading another one's outcome needs. */
export function outcomeOfParsedSync<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EvaluationContext): O {
  return decideVerdicts(ruleSet as RuleSet, valuesFor(ruleSet as RuleSet, facts, context)).outcome as O;
}

/** The values `ruleSet`'s rules read: the session's fact values plus the outcomes of rule sets it reads. */
function valuesFor(ruleSet: RuleSet, facts: KnownFacts, context: EvaluationContext): FactValues {
  prepare(ruleSet, facts, context);
  const base = context.factValues();
  const outcomes = outcomeFactIds(ruleSet);
  if (outcomes.length === 0) return base;
  const values: Record<string, unknown> = { ...base };
  for (const [fact, id] of outcomes) values[fact] = context.outcomeOfSync(id);
  return values;
}

/** Every rule but the fallback, which is decided from the others. */
export function decidedRules<O extends string>(ruleSet: RuleSet<O>): readonly Rule<O>[] {
  return ruleSet.rules.filter((rule) => !rule.fallback);
}

/** Assembles the explained result from decided rules (shared by both evaluators). */
export function assemble<O extends string>(
  ruleSet: RuleSet<O>,
  facts: KnownFacts,
  derivation: Derivation,
  evaluations: readonly RuleEvaluation<O>[],
  context: EvaluationContext,
  choice: OutcomeChoice<O> = chooseOutcome(ruleSet, evaluations),
): EvaluationResult<O> {
  const { outcome, firedFallback } = choice;
  const constants = resultConstants(ruleSet);
  const rules: RuleTrace<O>[] = [];
  const firedRules: string[] = [];
  const unknownRules: string[] = [];
  const flags: string[] = [];
  const fired: RuleTrace<O>[] = [];
  let next = 0;
  for (const rule of ruleSet.rules) {
    // Evaluations follow rule order without the fallback; a mismatch would be a bug, so look it up then.
    const candidate = rule.fallback ? undefined : evaluations[next];
    const evaluation = candidate?.rule === rule ? candidate : rule.fallback ? undefined : evaluations.find((e) => e.rule.id === rule.id);
    if (!rule.fallback) next++;
    const status = evaluation?.status ?? (firedFallback === rule ? 'fired' : 'not-fired');
    const produced = evaluation ? evaluation.outcome : rule.effect.kind === 'outcome' ? rule.effect.outcome : null;
    const conditions = evaluation?.trace;
    // Two literals rather than a conditional spread, which V8 builds on a slow path.
    const trace: RuleTrace<O> = conditions
      ? { id: rule.id, effect: rule.effect, status, outcome: status === 'fired' ? produced : null, fallback: rule.fallback, sources: rule.sources, message: rule.message, conditions }
      : { id: rule.id, effect: rule.effect, status, outcome: status === 'fired' ? produced : null, fallback: rule.fallback, sources: rule.sources, message: rule.message };
    rules.push(trace);
    if (status === 'fired') {
      fired.push(trace);
      firedRules.push(rule.id);
      if (rule.effect.kind === 'flag') flags.push(rule.effect.flag);
    } else if (status === 'unknown') unknownRules.push(rule.id);
  }
  const askNext = rankMissingFacts(ruleSet, evaluations);
  const missingFacts = askNext.map((m) => m.fact);
  const dates = ruleSet.reports.has('waitingDates') ? derivation.waitingDates?.() : undefined;
  const cows = ruleSet.reports.has('cowsTotals') ? derivation.cows : undefined;
  const complete = cows ? cows.missingItems.length === 0 : undefined;
  // Keys in the order results have always had (JSON output and snapshots depend on it).
  const result: Record<string, unknown> = {
    ruleSet: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    ruleSetHash: ruleSet.contentHash,
  };
  if (facts.evaluatedAt !== undefined) result['evaluatedAt'] = facts.evaluatedAt;
  result['outcome'] = outcome;
  result['firedRules'] = firedRules;
  result['unknownRules'] = unknownRules;
  result['flags'] = flags;
  result['missingFacts'] = missingFacts;
  result['askNext'] = askNext;
  if (dates) {
    result['earliestStartAt'] = dates.earliestStartAt;
    result['recommendedStartAt'] = dates.recommendedStartAt;
    result['earliestStartDate'] = dates.earliestStartDate;
    result['recommendedStartDate'] = dates.recommendedStartDate;
    result['displayTimeZone'] = dates.displayTimeZone;
  }
  if (cows) {
    if (complete) result['total'] = cows.minTotal;
    result['minTotal'] = cows.minTotal;
    result['maxTotal'] = cows.maxTotal;
    result['complete'] = complete;
  }
  result['policy'] = context.policy;
  result['parameters'] = constants.parameters();
  result['overriddenParameters'] = ruleSet.overriddenParameters;
  result['rules'] = rules;
  const byRank = fired.length > 1 ? byEffectRank(fired, constants) : fired;
  const outcomeDefinition = constants.outcomeDefinition(outcome);
  // One literal (conditional spreads take V8's slow path); an absent value is undefined, as before.
  const messageValues: MessageValues = {
    earliestStartDate: dates?.earliestStartDate,
    recommendedStartDate: dates?.recommendedStartDate,
    missingFacts,
    total: complete === true ? cows?.minTotal : undefined,
    minTotal: cows?.minTotal,
    maxTotal: cows?.maxTotal,
    emergencyNumber: context.phrases.emergencyNumber,
    crisisLine: context.phrases.crisisLine,
    outcomeLabel: constants.outcomeLabel(outcome),
  };
  result['messages'] = renderMessages(ruleSet.id, byRank, outcomeDefinition, messageValues, context.messages);
  return result as unknown as EvaluationResult<O>;
}

/** Fired rules most restrictive first, ties in rule order (a stable insertion sort on ranks worked out once). */
function byEffectRank<O extends string>(fired: RuleTrace<O>[], constants: ResultConstants): RuleTrace<O>[] {
  const ranks = fired.map((rule) => constants.effectRank(rule));
  for (let i = 1; i < fired.length; i++) {
    const rule = fired[i] as RuleTrace<O>;
    const rank = ranks[i] as number;
    let j = i - 1;
    while (j >= 0 && (ranks[j] as number) > rank) {
      fired[j + 1] = fired[j] as RuleTrace<O>;
      ranks[j + 1] = ranks[j] as number;
      j--;
    }
    fired[j + 1] = rule;
    ranks[j + 1] = rank;
  }
  return fired;
}
