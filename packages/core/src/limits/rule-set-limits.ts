/**
 * Size limits for rule-set files. A rule file may come from outside the app (a clinic's own rules, a
 * download), so loading bounds its size and shape before any recursive validation or evaluation runs: a
 * hostile or broken file then ends in a {@link RuleSetLoadError} naming the limit, never in a stack overflow,
 * a hang or exhausted memory. Every default is far above what the built-in rule sets need (docs/limits.md).
 */

/** Limits on the size and shape of a rule-set file; see docs/limits.md for each default and why. */
export interface RuleSetLimits {
  /**
   * Deepest condition nesting allowed, counting `all`/`any`/`not` levels and the levels of every named
   * condition a reference expands to. Default 64 (the built-in rule sets use at most 6).
   */
  readonly maxConditionDepth: number;
  /** Most rules in one file. Default 1000. */
  readonly maxRules: number;
  /**
   * Most condition nodes in the whole file once each named-condition reference is counted as its full
   * tree, which is the work one evaluation does. Default 20000.
   */
  readonly maxNodes: number;
  /** Longest string (value or key) anywhere in the file, in UTF-16 code units. Default 10000. */
  readonly maxStringLength: number;
  /** Longest array anywhere in the file (rules excepted: see `maxRules`). Default 1000. */
  readonly maxArrayLength: number;
  /** Most JSON values (objects, arrays, strings, numbers, booleans, nulls) in the whole file. Default 200000. */
  readonly maxJsonValues: number;
}

/** The limits used when a caller passes none: safe for untrusted files, ample for real rule sets. */
export const DEFAULT_RULE_SET_LIMITS: Readonly<RuleSetLimits> = Object.freeze({
  maxConditionDepth: 64,
  maxRules: 1000,
  maxNodes: 20_000,
  maxStringLength: 10_000,
  maxArrayLength: 1000,
  maxJsonValues: 200_000,
});

/**
 * Highest `maxConditionDepth` a caller may set: validation and evaluation recurse once per level, and far
 * deeper trees would exhaust the stack on a phone.
 */
export const MAX_CONDITION_DEPTH_CEILING = 500;

/**
 * The defaults with the caller's overrides. A limit must be a positive safe integer (and
 * `maxConditionDepth` at most {@link MAX_CONDITION_DEPTH_CEILING}) and an unknown name is a typo; either is a
 * caller's programming error, reported as a RangeError rather than silently replaced by a default.
 */
export function resolveRuleSetLimits(overrides: Partial<RuleSetLimits> | undefined): RuleSetLimits {
  const limits = { ...DEFAULT_RULE_SET_LIMITS };
  const unknown = Object.keys(overrides ?? {}).filter((key) => !Object.hasOwn(DEFAULT_RULE_SET_LIMITS, key));
  if (unknown.length > 0) {
    throw new RangeError(`unknown limit ${unknown.map((key) => JSON.stringify(key)).join(', ')}; limits are ${Object.keys(DEFAULT_RULE_SET_LIMITS).join(', ')}`);
  }
  for (const key of Object.keys(DEFAULT_RULE_SET_LIMITS) as (keyof RuleSetLimits)[]) {
    const value = overrides?.[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`limits.${key} must be a positive integer, received ${String(value)}`);
    }
    if (key === 'maxConditionDepth' && value > MAX_CONDITION_DEPTH_CEILING) {
      throw new RangeError(`limits.maxConditionDepth can be at most ${MAX_CONDITION_DEPTH_CEILING}, received ${value}`);
    }
    limits[key] = value;
  }
  return limits;
}
