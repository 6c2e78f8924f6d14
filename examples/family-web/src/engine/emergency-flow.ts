/**
 * The "Is this an emergency?" flow as pure functions over the SDK: evaluate urgent help synchronously, and pick
 * the next question from the engine's own "ask next" ranking. The app never reorders the engine's questions;
 * it only skips facts already answered "I don't know" and facts that cannot change the outcome any more.
 */
import { builtInRuleSet, evaluateSync, FactsValidationError, type EvaluationResult, type UrgentHelpOutcome } from '@recovery-rules/core/sync';
import { questionFor, type Question } from '../questions/question-model.js';

/** Facts entered so far, in the SDK vocabulary; a fact that is absent is unknown. */
export type EnteredFacts = Readonly<Record<string, string | number>>;

/** Where and when the evaluation happens; passed in so tests control the clock. */
export interface EvaluationContext {
  readonly now: Date;
  readonly timeZone: string | null;
  readonly region: string | undefined;
}

/** Evaluates urgent help for the facts entered so far. Synchronous: nothing on this path waits. */
export function evaluateUrgentHelp(facts: EnteredFacts, context: EvaluationContext): EvaluationResult<UrgentHelpOutcome> {
  const input = { ...facts, evaluatedAt: context.now.toISOString(), userTimeZone: context.timeZone };
  return evaluateSync('urgent-help', input, context.region === undefined ? {} : { region: context.region });
}

const OUTCOME_ORDER = builtInRuleSet('urgent-help').outcomes.map((outcome) => outcome.id);

/** Precedence of an outcome: 0 is the most restrictive (emergency). */
function severityRank(outcome: UrgentHelpOutcome): number {
  return OUTCOME_ORDER.indexOf(outcome);
}

/**
 * The next question worth asking: the engine's highest-ranked missing fact that was not already answered
 * (with a value, or with "I don't know"), that this app can ask, and that could still lead to a more
 * restrictive outcome than the current one. Null when nothing left can change the answer (or the answer is
 * already an emergency).
 *
 * Answered facts are skipped explicitly because the engine can still list a known fact when it feeds a derived
 * fact together with an unknown one (naloxoneGivenAt "never" while lastOverdoseAt is unknown).
 */
export function nextQuestion(result: EvaluationResult<UrgentHelpOutcome>, answered: ReadonlySet<string>): Question | null {
  if (result.outcome === 'emergency-call-now') return null;
  const current = severityRank(result.outcome);
  for (const missing of result.askNext) {
    if (answered.has(missing.fact) || missing.couldUnlock === null) continue;
    if (severityRank(missing.couldUnlock) >= current) continue;
    const question = questionFor(missing.fact);
    if (question !== null) return question;
  }
  return null;
}

/** An answer the SDK accepted (the new facts), or its reason for refusing it (e.g. a time in the future). */
export type AppliedAnswer = { readonly facts: EnteredFacts } | { readonly refused: string };

/**
 * Adds one answer to the facts, checked by the SDK first: an answer it rejects is refused with its message,
 * so the flow stays on the question instead of failing on the emergency path.
 */
export function applyAnswer(facts: EnteredFacts, fact: string, value: string | number, context: EvaluationContext): AppliedAnswer {
  const next = { ...facts, [fact]: value };
  try {
    evaluateUrgentHelp(next, context);
    return { facts: next };
  } catch (error) {
    if (!(error instanceof FactsValidationError)) throw error;
    return { refused: error.issues.map((issue) => issue.message).join(' ') };
  }
}

/**
 * The messages that explain the winning outcome (its own rules and its safety net), so the emergency screen
 * says why it is an emergency without the noise of lower-precedence rules that also fired.
 */
export function messagesForOutcome(result: EvaluationResult<UrgentHelpOutcome>): EvaluationResult['messages'] {
  const winning = new Set(result.rules.filter((rule) => rule.outcome === result.outcome).map((rule) => rule.id));
  return result.messages.filter((message) => message.ruleId === null || winning.has(message.ruleId));
}
