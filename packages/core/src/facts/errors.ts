/** One problem with a caller's facts, precise enough to show next to the input field. */
export interface FactIssue {
  /** Dotted path of the offending fact, e.g. `cowsItems.sweating` or `opioidExposures.0.type`. */
  readonly field: string;
  /** The value that was received (`undefined` when the fact was required but absent). */
  readonly received: unknown;
  /** What the field accepts, in words. */
  readonly allowed: string;
  /** One sentence combining the three. */
  readonly message: string;
}

/**
 * Thrown when facts do not match the vocabulary. Nothing is coerced or guessed: the caller fixes the input.
 * `code` is stable for programs; `issues` names each field, the value received and what is allowed.
 */
export class FactsValidationError extends Error {
  /** Stable machine-readable code. */
  readonly code = 'invalid-facts' as const;

  constructor(readonly issues: readonly FactIssue[]) {
    super(`Invalid facts: ${issues.map((issue) => issue.message).join('; ')}`);
    this.name = 'FactsValidationError';
  }

  /** A JSON-friendly form for command-line and HTTP error bodies. */
  toJSON(): { code: 'invalid-facts'; message: string; issues: readonly FactIssue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}
