/** One non-blank input line of an NDJSON batch with its 1-based line number, as sent to a worker. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** What evaluating a batch of lines produced: the output text (one line per input line) and its failures. */
export interface BatchOutput {
  /** Every output line, each ending in a newline, in input order. */
  readonly text: string;
  /** How many lines could not be evaluated. */
  readonly bad: number;
  /** The worst exit code among the lines (0 when all evaluated). */
  readonly exitCode: number;
}
