/** What assessing a block of lines produced: the output (one line per non-blank input line) and its failures. */
export interface BatchOutput {
  /** Every output line as UTF-8, each ending in a newline, in input order. */
  readonly bytes: Uint8Array;
  /** How many lines could not be evaluated. */
  readonly bad: number;
  /** The worst exit code among the lines (0 when all evaluated). */
  readonly exitCode: number;
}
