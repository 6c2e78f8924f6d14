/**
 * Loads a rule set: validates the JSON completely (size limits and shape here; facts, operators, value
 * types, references, cycles, ids and outcomes in {@link buildCheckedRuleSet}) before anything can run, and
 * reports every problem with a JSON pointer.
 */
import { buildCheckedRuleSet, issueIn } from './build-rule-set.js';
import { RuleSetLoadError, toPointer } from './load-error.js';
import type { RuleSet } from './rule-set.js';
import { safeParseRuleSetFile } from './schema.js';
import { flattenIssues } from './zod-issues.js';
import { checkRuleSetLimits } from '../limits/check-rule-set-limits.js';
import { resolveRuleSetLimits, type RuleSetLimits } from '../limits/rule-set-limits.js';

/** How to load a rule set: where it came from (for error messages), parameter overrides and size limits. */
export interface LoadOptions {
  readonly file?: string;
  /** Overrides of the rule set's policy parameters (SPEC §7), each within its declared range. */
  readonly parameters?: Readonly<Record<string, number>>;
  /**
   * Size limits checked before anything else (docs/limits.md); anything left out keeps its default in
   * `DEFAULT_RULE_SET_LIMITS`. A file over a limit is a {@link RuleSetLoadError} whose hint names the limit.
   */
  readonly limits?: Partial<RuleSetLimits>;
}

/**
 * Validates and loads a rule set from parsed JSON. The input is copied, never mutated.
 * @throws {@link RuleSetLoadError} listing every problem with its JSON pointer.
 */
export function loadRuleSet(json: unknown, options: LoadOptions = {}): RuleSet {
  const overLimits = checkRuleSetLimits(json, resolveRuleSetLimits(options.limits));
  if (overLimits.length > 0) {
    throw new RuleSetLoadError(
      overLimits.map((issue) => ({ ...(options.file !== undefined && { file: options.file }), pointer: toPointer(issue.path), message: issue.message, hint: issue.hint })),
    );
  }
  const parsed = safeParseRuleSetFile(json);
  if (!parsed.success) {
    throw new RuleSetLoadError(flattenIssues(parsed.error.issues, json).map((issue) => issueIn(options.file, issue)));
  }
  return buildCheckedRuleSet(structuredClone(parsed.data), {
    ...(options.file !== undefined && { file: options.file }),
    ...(options.parameters !== undefined && { parameters: options.parameters }),
  });
}
