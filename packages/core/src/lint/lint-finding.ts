/** One lint finding: valid JSON that is probably wrong clinically or logically. */
export interface LintFinding {
  /** Stable code, e.g. `never-fires`. */
  readonly code: 'never-fires' | 'shadowed' | 'threshold-out-of-range' | 'outcome-never-produced' | 'missing-message';
  /** JSON pointer into the rule-set file. */
  readonly pointer: string;
  readonly message: string;
}
