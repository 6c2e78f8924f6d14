import type { EmergencyContacts } from '../emergency/locale-config.js';
import type { EmergencyStep } from '../emergency/response-steps.js';
import type { EvaluationResult, ResultMessage } from '../evaluate/result.js';
import type { OutcomeSeverity } from '../rule-set/rule-set.js';
import type { BuiltInRuleSetId, OutcomeOf } from '../rule-sets/outcomes.js';

/** A message from one rule set's result, placed in the combined, most-urgent-first list. */
export interface AssessmentMessage extends ResultMessage {
  readonly ruleSet: BuiltInRuleSetId;
  readonly outcome: string;
  readonly severity: OutcomeSeverity;
}

/** A fact worth asking next, across every rule set. */
export interface AssessmentQuestion {
  readonly fact: string;
  /** The most serious severity any outcome this fact could unlock has. */
  readonly severity: OutcomeSeverity;
  /** The rule sets waiting on it, most urgent first. */
  readonly ruleSets: readonly BuiltInRuleSetId[];
}

/** What to show on the emergency screen: the number for the region and the ordered steps. */
export interface EmergencyContent {
  readonly contacts: EmergencyContacts;
  readonly steps: readonly EmergencyStep[];
}

/** Every built-in rule set's result for the same facts, with one combined view. JSON-serialisable. */
export interface AssessmentReport {
  readonly evaluatedAt?: string;
  /** The highest severity among the results: never below any single rule set's. */
  readonly urgency: OutcomeSeverity;
  /** All messages, the single most urgent first (urgent help leads unless it is routine). */
  readonly messages: readonly AssessmentMessage[];
  /** The union of missing facts, most serious first. */
  readonly askNext: readonly AssessmentQuestion[];
  /** The same facts as names. */
  readonly missingFacts: readonly string[];
  /** Present when urgent help says call now, or cannot rule an emergency out. */
  readonly emergency?: EmergencyContent;
  /** The mandatory disclaimer (SPEC §6); apps must show it. */
  readonly disclaimer: string;
  /** Rule sets in the order they were evaluated; each exactly once. */
  readonly evaluationOrder: readonly BuiltInRuleSetId[];
  readonly results: { readonly [Id in BuiltInRuleSetId]: EvaluationResult<OutcomeOf<Id>> };
}
