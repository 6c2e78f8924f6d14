/** Runs the emergency flow's logic to its end with a scripted responder, as the screen would. */
import { evaluateUrgentHelp, nextQuestion, type EnteredFacts, type EvaluationContext } from '../src/engine/emergency-flow.js';
import type { Answer } from '../src/questions/answer.js';
import type { Question } from '../src/questions/question-model.js';

export const CONTEXT: EvaluationContext = { now: new Date('2026-11-24T06:00:00Z'), timeZone: 'America/New_York', region: 'US' };

/** Answers each question with `respond` until the flow ends; returns the last result and the facts asked. */
export function simulateFlow(respond: (question: Question) => Answer, context: EvaluationContext = CONTEXT) {
  let facts: EnteredFacts = {};
  const skipped = new Set<string>();
  const asked: string[] = [];
  for (;;) {
    const result = evaluateUrgentHelp(facts, context);
    const question = nextQuestion(result, new Set([...skipped, ...Object.keys(facts)]));
    if (question === null) return { result, asked, facts, skipped };
    if (asked.length > 60) throw new Error(`the flow did not end: ${asked.join(', ')}`);
    asked.push(question.fact);
    const answer = respond(question);
    if (answer.known) facts = { ...facts, [question.fact]: answer.value };
    else skipped.add(question.fact);
  }
}
