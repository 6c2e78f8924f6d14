/** The relapse-warnings facts for the "How am I doing?" answers; anything "not sure" stays unknown. */
import { knownAnswers, NOT_SURE } from './answer-values.js';

/** The check-in answers, each null until chosen. */
export interface CheckInAnswers {
  readonly signs: Readonly<Record<string, string | null>>;
  /** "0" to "10", or "not-sure". */
  readonly craving: string | null;
  readonly usedAgain: string | null;
}

/** Facts for `evaluateSync('relapse-warnings', …)`: known answers only, craving as the number chosen. */
export function checkInFacts(answers: CheckInAnswers, now: Date): Record<string, unknown> {
  const { craving } = answers;
  return {
    evaluatedAt: now.toISOString(),
    relapseSigns: knownAnswers(answers.signs),
    ...(craving !== null && craving !== NOT_SURE ? { cravingIntensity: Number(craving) } : {}),
    ...knownAnswers({ useAfterAbstinence: answers.usedAgain }),
  };
}
