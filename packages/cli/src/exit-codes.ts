/**
 * Exit codes of the `recovery-rules` command (design.md, "The command-line contract"). Programs rely on
 * these numbers; never renumber them.
 */
export const ExitCode = {
  /** Every input was evaluated. */
  Evaluated: 0,
  /** The facts were not valid JSON or did not match the vocabulary; the error JSON names the field. */
  InvalidInput: 1,
  /** The command line was wrong: unknown command, rule set id or option, or an unreadable file. */
  Usage: 2,
  /** A defect inside the SDK or the command, not the caller's fault. Please report it. */
  Internal: 3,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The more serious of two exit codes, so a batch reports its worst line. */
export function worseExitCode(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}
