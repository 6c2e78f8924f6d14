/** Thrown when input is not one JSON value; reported as `{"error": {"code": "invalid-json", ...}}`. */
export class InvalidJsonError extends Error {
  /** Stable machine-readable code. */
  readonly code = 'invalid-json' as const;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidJsonError';
  }

  /** The body printed inside `{"error": ...}`. */
  toJSON(): { code: 'invalid-json'; message: string } {
    return { code: this.code, message: this.message };
  }
}

/**
 * Parses facts text as JSON. Only the syntax is checked here; whether the value is a valid facts object
 * is the core's decision.
 * @throws {@link InvalidJsonError} when the text is empty or not JSON.
 */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new InvalidJsonError('The input is empty; expected one JSON object of facts.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidJsonError(`The input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
