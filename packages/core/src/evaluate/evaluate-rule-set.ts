/**
 * Evaluates one rule set against parsed facts: derive facts, decide every rule's conditions (with
 * json-rules-engine, the reference, or with conditions compiled to closures, synchronously), apply
 * precedence and the reassurance gate, and assemble an explained result. Both paths share everything after
 * the condition verdicts, and a differential test holds the verdicts equal.
 */
import type { Derivation } from '../derive/derive-facts.js';
import { RULE_SET_OUTCOME_FACTS, type DerivedFactName } from '../derive/derived-vocabulary.js';
import type { TimePolicy } from '../derive/time-policy.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { ContactPhrases } from '../emergency/contact-phrases.js';
import type { MessageCatalog } from '../messages/catalog.js';
import type { Rule, RuleSet } from '../rule-set/rule-set.js';
import { chooseOutcome, rankOf } from './choose-outcome.js';
import { decideRules } from './compile/compile-rule-set.js';
import { compiledTraces } from './compile/compiled-rule-set.js';
import { requireTimeIfRead } from './require-time.js';
import { renderMessages } from './render-messages.js';
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
}

/** Rule-set outcome facts (e.g. `urgentHelpOutcome`) the rule set reads, with the rule set each comes from. */
export function outcomeFactIds(ruleSet: RuleSet): [string, string][] {
  return Object.entries(RULE_SET_OUTCOME_FACTS).flatMap(([fact, id]) =>
    ruleSet.referencedFacts.has(fact as DerivedFactName) && id !== undefined ? [[fact, id] as [string, string]] : [],
  );
}

/** Checks the facts give the time the rule set needs, and returns the session's derived facts. */
export function prepare(ruleSet: RuleSet, facts: KnownFacts, context: EvaluationContext): Derivation {
  requireTimeIfRead(ruleSet, facts);
  return context.derivation();
}

/** Evaluates `ruleSet` for already-parsed facts synchronously, with its conditions compiled to closures. */
export function evaluateParsedSync<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EvaluationContext): EvaluationResult<O> {
  const evaluations = decideSync(ruleSet, facts, context, context.trace);
  return assemble(ruleSet, facts, context.derivation(), evaluations, context);
}

/** Only the outcome of `ruleSet`, synchronously: what a rule set reading another one's outcome needs. */
export function outcomeOfParsedSync<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EvaluationContext): O {
  return chooseOutcome(ruleSet, decideSync(ruleSet, facts, context, false)).outcome;
}

function decideSync<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EvaluationContext, withTrace: boolean): RuleEvaluation<O>[] {
  const derivation = prepare(ruleSet as RuleSet, facts, context);
  const outcomes = outcomeFactIds(ruleSet as RuleSet).map(([fact, id]) => [fact, context.outcomeOfSync(id)] as const);
  const values = { ...facts, ...derivation.values, ...Object.fromEntries(outcomes) };
  const traces = withTrace ? compiledTraces(ruleSet as RuleSet) : undefined;
  return decideRules(ruleSet, values, traces && ((rule) => traces.get(rule as Rule)?.(values)));
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
): EvaluationResult<O> {
  const { outcome, firedFallback } = chooseOutcome(ruleSet, evaluations);
  const statusOf = new Map(evaluations.map((e) => [e.rule.id, e]));

  const rules: RuleTrace<O>[] = ruleSet.rules.map((rule) => {
    const evaluation = statusOf.get(rule.id);
    const status = evaluation?.status ?? (firedFallback === rule ? 'fired' : 'not-fired');
    const produced = evaluation ? evaluation.outcome : rule.effect.kind === 'outcome' ? rule.effect.outcome : null;
    return {
      id: rule.id,
      effect: rule.effect,
      status,
      outcome: status === 'fired' ? produced : null,
      fallback: rule.fallback,
      sources: rule.sources,
      message: rule.message,
      ...(evaluation?.trace && { conditions: evaluation.trace }),
    };
  });
  const fired = rules.filter((r) => r.status === 'fired');
  const askNext = rankMissingFacts(ruleSet, evaluations);
  const dates = ruleSet.reports.has('waitingDates') ? derivation.waitingDates?.() : undefined;
  const cows = ruleSet.reports.has('cowsTotals') ? derivation.cows : undefined;
  const partial = {
    ruleSet: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    ruleSetHash: ruleSet.contentHash,
    ...(facts.evaluatedAt !== undefined && { evaluatedAt: facts.evaluatedAt }),
    outcome,
    firedRules: fired.map((r) => r.id),
    unknownRules: rules.filter((r) => r.status === 'unknown').map((r) => r.id),
    flags: fired.flatMap((r) => (r.effect.kind === 'flag' ? [r.effect.flag] : [])),
    missingFacts: askNext.map((m) => m.fact),
    askNext,
    ...dates,
    ...(cows && {
      ...(cows.missingItems.length === 0 && { total: cows.minTotal }),
      minTotal: cows.minTotal,
      maxTotal: cows.maxTotal,
      complete: cows.missingItems.length === 0,
    }),
    policy: context.policy,
    parameters: Object.fromEntries([...ruleSet.parameters].map(([name, p]) => [name, p.value])),
    overriddenParameters: ruleSet.overriddenParameters,
    rules,
  };
  const byRank = [...fired].sort((a, b) => effectRank(ruleSet, a) - effectRank(ruleSet, b));
  const outcomeDefinition = ruleSet.outcomes[rankOf(ruleSet, outcome)] ?? { id: outcome, description: '', reassuring: false };
  const messageValues = { ...partial, ...context.phrases, outcomeLabel: outcome.replaceAll('-', ' ') };
  return { ...partial, messages: renderMessages(ruleSet.id, byRank, outcomeDefinition, messageValues, context.messages) };
}

function effectRank<O extends string>(ruleSet: RuleSet<O>, rule: RuleTrace<O>): number {
  return rule.outcome !== null ? rankOf(ruleSet, rule.outcome) : ruleSet.outcomes.length;
}
