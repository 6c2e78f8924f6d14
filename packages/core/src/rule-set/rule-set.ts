import type { ParameterValue } from './parameters.js';
import type { ConditionNode, RuleSetFile } from './schema.js';

/** How alarming an outcome is; the three levels CDS Hooks card indicators use. */
export type OutcomeSeverity = 'critical' | 'warning' | 'info';

/** One outcome of a rule set, in precedence order (index 0 is the most restrictive). */
export interface OutcomeDefinition<O extends string = string> {
  readonly id: O;
  readonly description: string;
  /** A reassuring outcome is only returned when no outcome rule evaluated to unknown. */
  readonly reassuring: boolean;
  /** How alarming the outcome is (`critical` needs action now; `info` is neutral), when the author set it. */
  readonly severity?: OutcomeSeverity;
  /** Message key shown whenever this is the outcome and no fired rule producing it has a message. */
  readonly message?: string;
}

/** A validated rule, ready to evaluate. */
export interface Rule<O extends string = string> {
  readonly id: string;
  readonly title?: string;
  /**
   * What firing does: produce a fixed outcome, produce the outcome named by an enumerated fact's value (e.g.
   * the COWS band), or raise a flag that never changes the outcome.
   */
  readonly effect:
    | { readonly kind: 'outcome'; readonly outcome: O }
    | { readonly kind: 'outcome-from-fact'; readonly fact: string }
    | { readonly kind: 'flag'; readonly flag: string };
  /** True for the rule that fires only when nothing else fired and nothing was unknown. */
  readonly fallback: boolean;
  readonly conditions?: ConditionNode;
  readonly message: string;
  readonly sources: readonly string[];
}

/** A rule set that passed every load-time check. Immutable. */
export interface RuleSet<O extends string = string> {
  readonly id: string;
  readonly version: string;
  /** SHA-256 of the rule set's content as written (canonical JSON, `$schema` excluded), for audit and sign-off. */
  readonly contentHash: string;
  /** Policy parameters with the values in force (defaults unless overridden at load). */
  readonly parameters: ReadonlyMap<string, ParameterValue>;
  /** Names of the parameters overridden at load, sorted. */
  readonly overriddenParameters: readonly string[];
  /** The validated file as written (parameter references intact), to load again with other overrides. */
  readonly source: RuleSetFile;
  readonly title: string;
  readonly description?: string;
  readonly outcomes: readonly OutcomeDefinition<O>[];
  readonly insufficientOutcome: O;
  readonly flags: readonly { readonly id: string; readonly description: string }[];
  /** Facts whose leaves read as false (finding absent) rather than unknown when the fact is unknown. */
  readonly optionalFacts: ReadonlyMap<string, string>;
  /** When set, invalid values of `facts` give `outcome` (reported as rule `ruleId`) instead of an error. */
  readonly invalidInput?: {
    readonly outcome: O;
    readonly ruleId: string;
    readonly message: string;
    readonly sources: readonly string[];
    readonly facts: readonly string[];
  };
  /** Computed values this rule set adds to its results. */
  readonly reports: ReadonlySet<'waitingDates' | 'cowsTotals'>;
  /** Every fact any condition of this rule set reads, so only those are derived. */
  readonly referencedFacts: ReadonlySet<string>;
  readonly namedConditions: Readonly<Record<string, ConditionNode>>;
  readonly rules: readonly Rule<O>[];
}
