/**
 * Rule coverage: for each rule set under test, which of its rules at least one case (passing or failing)
 * fired. A rule no case fires is a rule an edit could break without any test noticing.
 */
import { ruleIdsOf } from './check-references.js';
import type { TestedRuleSet } from './resolve-rule-set.js';

/** Coverage of one rule set. */
export interface RuleSetCoverage {
  /** How the report names the rule set, e.g. `cows (built-in)`. */
  readonly label: string;
  /** Every rule id of the rule set, in rule-set order. */
  readonly ruleIds: readonly string[];
  /** The rule ids no case fired, in rule-set order. */
  readonly neverFired: readonly string[];
  /** Whole percent of rules fired, rounded down, so 100 means every rule. */
  readonly percent: number;
}

/** Collects the rules fired across a run, per rule set. */
export interface CoverageTracker {
  /** Records the rules one case fired (none, for a case whose facts were refused). */
  record(tested: TestedRuleSet, firedRules: readonly string[]): void;
  /** Coverage of every rule set a case ran against, in the order they were first seen. */
  summary(): RuleSetCoverage[];
}

/** A tracker with nothing recorded yet. */
export function createCoverageTracker(): CoverageTracker {
  const seen = new Map<string, { label: string; ruleIds: readonly string[]; fired: Set<string> }>();
  return {
    record(tested, firedRules) {
      let entry = seen.get(tested.key);
      if (!entry) {
        entry = { label: tested.label, ruleIds: ruleIdsOf(tested.ruleSet), fired: new Set() };
        seen.set(tested.key, entry);
      }
      for (const id of firedRules) entry.fired.add(id);
    },
    summary() {
      return [...seen.values()].map(({ label, ruleIds, fired }) => {
        const neverFired = ruleIds.filter((id) => !fired.has(id));
        const percent = ruleIds.length === 0 ? 100 : Math.floor((100 * (ruleIds.length - neverFired.length)) / ruleIds.length);
        return { label, ruleIds, neverFired, percent };
      });
    },
  };
}
