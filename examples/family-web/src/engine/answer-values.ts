/**
 * Form answers → SDK facts. The form's "I don't know" choice is the value {@link NOT_SURE}; it is dropped
 * rather than sent, because an absent fact is exactly what the SDK reads as unknown.
 */

/** The form value of every "I don't know" / "Not sure" option. */
export const NOT_SURE = 'not-sure';

/** The facts for the answers given: "not sure" and unanswered entries are left out (unknown). */
export function knownAnswers(answers: Readonly<Record<string, string | null>>): Record<string, string> {
  const known: Record<string, string> = {};
  for (const [fact, value] of Object.entries(answers)) {
    if (value !== null && value !== NOT_SURE) known[fact] = value;
  }
  return known;
}
