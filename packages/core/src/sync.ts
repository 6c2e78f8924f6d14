/**
 * @recovery-rules/core/sync: the synchronous API only (evaluateSync, assessSync, loading, facts, messages,
 * emergency content). It never loads json-rules-engine, so a browser or React Native bundle built from it
 * stays small; the main entry adds the async reference evaluator on top. Messages are English only: for
 * Spanish, import `spanishCatalog` from `@recovery-rules/core/messages/es` and pass it as `messages`.
 * Every public export is named here.
 * @packageDocumentation
 */
export { evaluateRuleSetSync, evaluateSync, type EvaluateOptions } from './api/evaluate.js';
export { UnknownRuleSetError } from './api/evaluation-session.js';
export { assessSync, ASSESSMENT_ORDER, type AssessOptions } from './api/assess.js';
export type { AssessmentMessage, AssessmentQuestion, AssessmentReport, EmergencyContent } from './api/assessment-report.js';
export { DISCLAIMERS } from './messages/disclaimer.js';
export { listRuleSets, type RuleSetSummary } from './api/list-rule-sets.js';
export {
  BUILT_IN_OUTCOMES,
  isBuiltInRuleSetId,
  type BuiltInRuleSetId,
  type CandidacyOutcome,
  type CowsOutcome,
  type OverdoseRiskOutcome,
  type OutcomeOf,
  type RelapseWarningsOutcome,
  type UrgentHelpOutcome,
  type WaitingPeriodOutcome,
} from './rule-sets/outcomes.js';
export { builtInRuleSet, BUILT_IN_RULE_SET_IDS } from './rule-sets/built-in.js';
export type { EvaluationResult, ResultMessage, RuleTrace } from './evaluate/result.js';
export type { MissingFact } from './evaluate/rank-missing-facts.js';
export type { ConditionTrace, LeafTrace } from './evaluate/trace.js';
export type { RuleStatus } from './evaluate/rule-status.js';
export type { Truth } from './evaluate/kleene.js';
// The zod facts schema is in the main and authoring entries; this entry validates facts without zod.
export type { FactsInput } from './facts/schema.js';
export { parseFacts } from './facts/parse-facts.js';
export type { KnownFacts } from './facts/known-facts.js';
export { FactsValidationError, type FactIssue } from './facts/errors.js';
export { INPUT_FACTS, COWS_ITEM_SCORES, RELAPSE_SIGNS, type FactKind } from './facts/vocabulary.js';
export { DERIVED_FACTS } from './derive/derived-vocabulary.js';
export { FENTANYL_POLICIES, type FentanylPolicy } from './derive/waiting-window.js';
export { DEFAULT_TIME_POLICY, type DayWindow, type TimePolicy, type TimeWindowOverrides } from './derive/time-policy.js';
export type { WaitingDates } from './derive/derive-facts.js';
export { wallClockToRfc3339 } from './time/wall-clock.js';
export { loadRuleSet, type LoadOptions } from './rule-set/load-rule-set.js';
export { DEFAULT_RULE_SET_LIMITS, MAX_CONDITION_DEPTH_CEILING, type RuleSetLimits } from './limits/rule-set-limits.js';
export { FACTS_LIMITS } from './limits/facts-limits.js';
export { compileRuleSet, type CompiledRuleSet, type Decision, type DecidedRuleTrace, type TracedDecision } from './evaluate/compile/compile-rule-set.js';
export type { FactValues } from './evaluate/compile/fact-reader.js';
export { RuleSetLoadError, type RuleSetIssue } from './rule-set/load-error.js';
export { ruleSetSchema, type ConditionNode, type LeafCondition, type RuleSetFile } from './rule-set/schema.js';
export type { RuleSet, Rule, OutcomeDefinition, OutcomeSeverity } from './rule-set/rule-set.js';
export { OPERATORS, type Operator } from './rule-set/operators.js';
export { englishMessages } from './messages/english.js';
export { withFallback } from './messages/with-fallback.js';
export {
  DEFAULT_EMERGENCY_CONTACTS,
  EMERGENCY_CONTACTS_BY_REGION,
  EMERGENCY_LOCALES,
  EMERGENCY_STEP_IDS,
  emergencyContactsFor,
  emergencyNotRuledOut,
  emergencyResponseSteps,
  type CrisisLine,
  type EmergencyContacts,
  type EmergencyLocale,
  type EmergencyStep,
  type EmergencyStepId,
} from './emergency/index.js';
export { FACT_LABELS_SECTION, factLabel, fillPlaceholders, placeholdersIn, type MessageCatalog, type MessageText } from './messages/catalog.js';
