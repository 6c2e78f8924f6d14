/**
 * Facts the SDK computes in TypeScript before rules run (design.md, "Derived facts"). Rules read them like
 * input facts; `inputs` names the caller facts each is computed from, so a missing derived fact can be
 * reported as the input the caller should supply.
 */
import type { EnumFactKind, NumberFactKind } from '../facts/vocabulary.js';

/** One derived fact: its kind for the loader's type checks, and the input facts it depends on. */
export interface DerivedFactDefinition {
  readonly kind: EnumFactKind | NumberFactKind;
  readonly inputs: readonly string[];
  /** True when the value depends on `evaluatedAt` (elapsed time, or another rule set that reads time). */
  readonly needsEvaluatedAt?: true;
  /** The input facts to ask for when this derived fact is unknown (a subset of `inputs`). */
  readonly askFor: readonly string[];
  readonly description: string;
}

const LAST_USE_INPUTS = ['lastOpioidUseAt', 'opioidExposures'] as const;

/** Every derived fact, by name. */
export const DERIVED_FACTS = {
  lastOpioidUseTiming: {
    needsEvaluatedAt: true,
    kind: { kind: 'enum', values: ['valid', 'in-future'] },
    inputs: LAST_USE_INPUTS,
    askFor: ['lastOpioidUseAt'],
    description: 'Whether every reported time of last opioid use is usable, or one lies in the future.',
  },
  daysSinceLastOpioidUse: {
    needsEvaluatedAt: true,
    kind: { kind: 'number', min: 0, max: 1_000_000, integer: false, unit: 'days' },
    inputs: LAST_USE_INPUTS,
    askFor: ['lastOpioidUseAt'],
    description: 'Elapsed days (24 h each, fractional) since the latest opioid use.',
  },
  depotBuprenorphineExposure: {
    kind: { kind: 'enum', values: ['yes', 'no'] },
    inputs: ['lastOpioidType', 'opioidExposures'],
    askFor: ['lastOpioidType'],
    description: 'Whether any reported exposure is extended-release buprenorphine (injection or implant).',
  },
  waitingPeriodStatus: {
    needsEvaluatedAt: true,
    kind: { kind: 'enum', values: ['before-earliest', 'confirmation-zone', 'complete'] },
    inputs: [...LAST_USE_INPUTS, 'lastOpioidType', 'fentanylExposure'],
    askFor: ['lastOpioidUseAt'],
    description: 'Where evaluatedAt falls against the waiting window of SPEC §3.',
  },
  cowsMinTotal: {
    kind: { kind: 'number', min: 0, max: 48, integer: true, unit: 'COWS points' },
    inputs: ['cowsItems', 'restingPulseBpm'],
    askFor: ['cowsItems'],
    description: 'The lowest COWS total the recorded items allow (missing items count as 0).',
  },
  cowsComplete: {
    kind: { kind: 'enum', values: ['yes', 'no'] },
    inputs: ['cowsItems', 'restingPulseBpm'],
    askFor: ['cowsItems'],
    description: 'Whether all eleven COWS items are recorded.',
  },
  cowsBand: {
    kind: { kind: 'enum', values: ['below-mild-threshold', 'mild', 'moderate', 'moderately-severe', 'severe'] },
    inputs: ['cowsItems', 'restingPulseBpm'],
    askFor: ['cowsItems'],
    description: 'The COWS band, known when every possible value of the missing items gives the same band.',
  },
  overdoseHistory: {
    kind: { kind: 'enum', values: ['yes', 'no'] },
    inputs: ['lastOverdoseAt', 'naloxoneGivenAt'],
    askFor: ['lastOverdoseAt'],
    description: 'Whether the person has ever overdosed; a naloxone rescue counts as an overdose.',
  },
  naloxoneOrOverdoseRecency: {
    needsEvaluatedAt: true,
    kind: { kind: 'enum', values: ['within-24-hours', 'within-30-days', 'older', 'none'] },
    inputs: ['naloxoneGivenAt', 'lastOverdoseAt'],
    askFor: ['naloxoneGivenAt', 'lastOverdoseAt'],
    description: 'How recent the latest naloxone rescue or overdose was.',
  },
  daysSinceLastXrNtxInjection: {
    needsEvaluatedAt: true,
    kind: { kind: 'number', min: 0, max: 1_000_000, integer: false, unit: 'days' },
    inputs: ['lastXrNtxInjectionAt'],
    askFor: ['lastXrNtxInjectionAt'],
    description: 'Elapsed days since the latest extended-release naltrexone injection.',
  },
  urgentHelpOutcome: {
    needsEvaluatedAt: true,
    kind: {
      kind: 'enum',
      values: ['emergency-call-now', 'urgent-same-day', 'insufficient-information', 'contact-care-team', 'routine'],
    },
    inputs: [],
    askFor: [],
    description: 'The outcome of the urgent-help rule set for the same facts.',
  },
  relapseWarningsOutcome: {
    needsEvaluatedAt: true,
    kind: {
      kind: 'enum',
      values: ['lapse-occurred', 'elevated', 'early-warning', 'insufficient-information', 'none-detected'],
    },
    inputs: [],
    askFor: [],
    description: 'The outcome of the relapse-warnings rule set for the same facts.',
  },
} as const satisfies Record<string, DerivedFactDefinition>;

/** The name of a derived fact. */
export type DerivedFactName = keyof typeof DERIVED_FACTS;

/** Derived facts whose value is another rule set's outcome, with the rule set that produces it. */
export const RULE_SET_OUTCOME_FACTS: Readonly<Partial<Record<DerivedFactName, string>>> = {
  urgentHelpOutcome: 'urgent-help',
  relapseWarningsOutcome: 'relapse-warnings',
};
