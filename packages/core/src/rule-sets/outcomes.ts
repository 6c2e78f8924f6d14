/**
 * The outcomes of each built-in rule set as string-literal unions, in precedence order (SPEC §4), so that
 * an app's exhaustive `switch` (or ts-pattern's `match(...).exhaustive()`) checks every case at compile
 * time. Loading a built-in file whose outcomes differ from these lists fails loudly.
 */
export const BUILT_IN_OUTCOMES = {
  'naltrexone-candidacy': ['contraindicated', 'needs-clinical-evaluation', 'not-yet', 'insufficient-information', 'eligible'],
  'waiting-period': ['not-computable', 'computed'],
  'urgent-help': ['emergency-call-now', 'urgent-same-day', 'insufficient-information', 'contact-care-team', 'routine'],
  'relapse-warnings': ['lapse-occurred', 'elevated', 'early-warning', 'insufficient-information', 'none-detected'],
  cows: ['invalid-input', 'severe', 'moderately-severe', 'moderate', 'mild', 'below-mild-threshold', 'insufficient-information'],
  'overdose-risk': ['high', 'elevated', 'insufficient-information', 'no-flags-identified'],
} as const;

/** The id of a rule set shipped with the SDK. */
export type BuiltInRuleSetId = keyof typeof BUILT_IN_OUTCOMES;

/** The outcome union of a built-in rule set. */
export type OutcomeOf<Id extends BuiltInRuleSetId> = (typeof BUILT_IN_OUTCOMES)[Id][number];

/** Outcome of naltrexone candidacy (SPEC §2A). */
export type CandidacyOutcome = OutcomeOf<'naltrexone-candidacy'>;
/** Outcome of the waiting-period computation (SPEC §2B). */
export type WaitingPeriodOutcome = OutcomeOf<'waiting-period'>;
/** Outcome of "when to seek help" (SPEC §2C). */
export type UrgentHelpOutcome = OutcomeOf<'urgent-help'>;
/** Outcome of relapse warning signs (SPEC §2D). */
export type RelapseWarningsOutcome = OutcomeOf<'relapse-warnings'>;
/** Outcome of COWS scoring (SPEC §2E): a band, insufficient-information or invalid-input. */
export type CowsOutcome = OutcomeOf<'cows'>;
/** Level of overdose risk (SPEC §2F). */
export type OverdoseRiskOutcome = OutcomeOf<'overdose-risk'>;

/** True when `id` names a built-in rule set. */
export function isBuiltInRuleSetId(id: string): id is BuiltInRuleSetId {
  return Object.hasOwn(BUILT_IN_OUTCOMES, id);
}
