import type { WaitingDates } from '../derive/derive-facts.js';
import type { TimePolicy } from '../derive/time-policy.js';
import type { FactIssue } from '../facts/errors.js';
import type { Rule } from '../rule-set/rule-set.js';
import type { MissingFact } from './rank-missing-facts.js';
import type { RuleStatus } from './rule-status.js';
import type { ConditionTrace } from './trace.js';

/** How one rule was evaluated, with its sources and message key, for explanation and audit. */
export interface RuleTrace<O extends string = string> {
  readonly id: string;
  readonly effect: Rule<O>['effect'];
  readonly status: RuleStatus;
  /** The outcome the rule produced, when it fired and produces one. */
  readonly outcome: O | null;
  readonly fallback: boolean;
  readonly sources: readonly string[];
  readonly message: string;
  /** Every node of the rule's condition, with the truth of each leaf. Absent for the fallback rule. */
  readonly conditions?: ConditionTrace;
}

/** A plain-language message for a fired rule, placeholders filled. */
export interface ResultMessage {
  /** The fired rule the message explains, or null for the outcome's own message (e.g. a safety net). */
  readonly ruleId: string | null;
  /** Under 140 characters. */
  readonly summary: string;
  readonly detail?: string;
}

/** Everything one evaluation produced. JSON-serialisable. */
export interface EvaluationResult<O extends string = string> extends Partial<WaitingDates> {
  readonly ruleSet: string;
  readonly ruleSetVersion: string;
  /** SHA-256 of the rule set's content: with the version and `policy`, what an audit needs to reproduce this. */
  readonly ruleSetHash: string;
  /** The moment of evaluation, as given (absent only for rule sets that do not read time, such as COWS). */
  readonly evaluatedAt?: string;
  /** The winning outcome after precedence and the reassurance gate. */
  readonly outcome: O;
  /** Every rule that fired (outcome rules, flag rules and the fallback), in rule-set order. */
  readonly firedRules: readonly string[];
  /** Rules that could have fired but depend on unknown facts. */
  readonly unknownRules: readonly string[];
  /** Flags raised by flag rules; they never change the outcome. */
  readonly flags: readonly string[];
  /** Names of the facts worth asking for, most restrictive possible outcome first. */
  readonly missingFacts: readonly string[];
  /** The same facts with what each could unlock and the rules waiting on it. */
  readonly askNext: readonly MissingFact<O>[];
  /** COWS totals, for rule sets that report them: `total` only when every item is known. */
  readonly total?: number;
  readonly minTotal?: number;
  readonly maxTotal?: number;
  /** For COWS: whether every item was recorded (a band from incomplete items is still given when certain). */
  readonly complete?: boolean;
  /** For rule sets that answer invalid scores with an outcome (COWS): what was invalid. */
  readonly invalidFacts?: readonly FactIssue[];
  /** Messages of the fired rules, most restrictive first. */
  readonly messages: readonly ResultMessage[];
  /** The time policy in force (SPEC §7): fentanyl policy, waiting windows and rescue windows. */
  readonly policy: TimePolicy;
  /** The rule set's policy parameters (SPEC §7) in force, and which of them the caller overrode. */
  readonly parameters: Readonly<Record<string, number>>;
  readonly overriddenParameters: readonly string[];
  /** Every rule's evaluation. */
  readonly rules: readonly RuleTrace<O>[];
}
