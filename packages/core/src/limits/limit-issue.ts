/** A rule-set file that exceeds one of the {@link RuleSetLimits}. */
import type { RuleSetLimits } from './rule-set-limits.js';

/** Where a limit was exceeded, what happened, and the option that allows more. */
export interface LimitIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly hint: string;
}

/** The issue for exceeding `limit`, with a hint naming the option a caller raises when the file is genuine. */
export function limitIssue(path: readonly PropertyKey[], message: string, limit: keyof RuleSetLimits, value: number): LimitIssue {
  return {
    path,
    message: `${message} (limit ${value})`,
    hint: `simplify the rule set, or if it is genuine raise limits.${limit} in the load options (docs/limits.md)`,
  };
}

/** Issues reported before a scan stops: enough to act on, bounded for a file that breaks a limit everywhere. */
export const MAX_LIMIT_ISSUES = 20;
