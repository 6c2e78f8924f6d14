/**
 * The fact vocabulary of SPEC §1, as data. This one table drives the facts schema, the rule-set loader's
 * type checks and the documentation, so a fact is declared exactly once.
 *
 * Enumerations never list `unknown`: an `"unknown"` (or `null`) input is parsed as an absent fact, and rules
 * test for it with the `isUnknown` operator.
 */

/** A fact whose value is one of a closed set of strings. */
export interface EnumFactKind {
  readonly kind: 'enum';
  readonly values: readonly string[];
}

/** A finite number in an inclusive range, optionally restricted to integers. */
export interface NumberFactKind {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: string;
}

/** A group of named sub-facts, addressed in rules with a dotted `path` such as `$.isolating`. */
export interface ObjectFactKind {
  readonly kind: 'object';
  readonly members: Readonly<Record<string, EnumFactKind | NumberFactKind>>;
}

/** A value that rules cannot compare directly (timestamps, lists, zone names); only `isUnknown` applies. */
export interface OpaqueFactKind {
  readonly kind: 'opaque';
  readonly description: string;
}

/** The shape of one fact, as far as rules are concerned. */
export type FactKind = EnumFactKind | NumberFactKind | ObjectFactKind | OpaqueFactKind;

const tri: EnumFactKind = { kind: 'enum', values: ['yes', 'no'] };
const enumOf = (...values: string[]): EnumFactKind => ({ kind: 'enum', values });
const opaque = (description: string): OpaqueFactKind => ({ kind: 'opaque', description });

/** The eleven COWS items and the scores each allows (SPEC §2E). */
export const COWS_ITEM_SCORES = {
  restingPulse: [0, 1, 2, 4],
  sweating: [0, 1, 2, 3, 4],
  restlessness: [0, 1, 3, 5],
  pupilSize: [0, 1, 2, 5],
  boneJointAches: [0, 1, 2, 4],
  runnyNoseTearing: [0, 1, 2, 4],
  giUpset: [0, 1, 2, 3, 5],
  tremor: [0, 1, 2, 4],
  yawning: [0, 1, 2, 4],
  anxietyIrritability: [0, 1, 2, 4],
  goosefleshSkin: [0, 3, 5],
} as const satisfies Record<string, readonly number[]>;

/** The COWS item names, in form order. */
export type CowsItemName = keyof typeof COWS_ITEM_SCORES;

/** The relapse warning signs of SPEC §2D, each reported as yes/no/unknown over the past week. */
export const RELAPSE_SIGNS = [
  'isolating',
  'skippingTreatment',
  'poorSleepOrSelfCare',
  'moodSwingsIrritability',
  'overconfidence',
  'highStress',
  'romanticizingUse',
  'planningUse',
  'contactWithUsingPeopleOrPlaces',
  'secrecyOrLying',
  'stoppingMedicationWithoutPlan',
] as const;

/** One relapse warning sign name. */
export type RelapseSignName = (typeof RELAPSE_SIGNS)[number];

function cowsItemKind(scores: readonly number[]): NumberFactKind {
  return { kind: 'number', min: 0, max: Math.max(...scores), integer: true, unit: 'COWS points' };
}

function mapMembers<K extends string, V, M extends EnumFactKind | NumberFactKind>(
  source: Record<K, V>,
  kindOf: (value: V) => M,
): Record<K, M> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, kindOf(v as V)])) as Record<K, M>;
}

/** Opioid types of SPEC §1 (`unknown` is parsed as absent). */
export const OPIOID_TYPES = ['short-acting', 'long-acting', 'depot-buprenorphine'] as const;

/** Facts a caller supplies. */
export const INPUT_FACTS = {
  evaluatedAt: opaque('RFC 3339 date-time with an offset'),
  userTimeZone: opaque('IANA time-zone name, or null when unknown'),
  subjectRole: enumOf('self', 'other-person'),
  ageYears: { kind: 'number', min: 0, max: 120, integer: true, unit: 'years' },
  lastOpioidUseAt: opaque('RFC 3339 date-time, or a YYYY-MM-DD date meaning the end of that local day'),
  lastOpioidType: enumOf(...OPIOID_TYPES),
  opioidExposures: opaque('list of { type, lastUseAt } for every opioid used in the last 30 days'),
  fentanylExposure: tri,
  currentOpioidAgonistTreatment: enumOf('none', 'methadone', 'buprenorphine'),
  currentOrAnticipatedOpioidAnalgesicNeed: tri,
  physiologicOpioidDependence: enumOf('present', 'absent'),
  acuteOpioidWithdrawal: enumOf('present', 'absent'),
  currentWithdrawalSymptoms: tri,
  cowsItems: { kind: 'object', members: mapMembers(COWS_ITEM_SCORES, cowsItemKind) },
  restingPulseBpm: { kind: 'number', min: 1, max: 300, integer: false, unit: 'beats per minute' },
  cowsAssessor: enumOf('clinician', 'self'),
  withdrawalAfterNaltrexoneDose: tri,
  urineOpioidScreen: enumOf('negative', 'positive', 'not-done'),
  naloxoneChallenge: enumOf('passed', 'failed', 'not-done'),
  altXuln: { kind: 'number', min: 0, max: 1000, integer: false, unit: '× upper limit of normal' },
  astXuln: { kind: 'number', min: 0, max: 1000, integer: false, unit: '× upper limit of normal' },
  bilirubinXuln: { kind: 'number', min: 0, max: 1000, integer: false, unit: '× upper limit of normal' },
  acuteHepatitis: tri,
  liverFailure: tri,
  pregnancyStatus: enumOf('pregnant', 'postpartum-within-12-months', 'not-pregnant', 'not-applicable'),
  breastfeeding: tri,
  naltrexoneHypersensitivity: tri,
  bleedingDisorderOrAnticoagulant: tri,
  renalImpairment: enumOf('none-or-mild', 'moderate-or-severe'),
  selfHarmThoughts: enumOf('none', 'passive', 'active-plan-or-intent'),
  severeDepression: tri,
  suspectedOverdose: tri,
  breathingStatus: enumOf('normal', 'slow-or-shallow', 'gurgling-or-snoring', 'absent'),
  responsiveness: enumOf('alert', 'drowsy-but-rousable', 'hard-to-wake', 'unresponsive'),
  lipNailColor: enumOf('normal', 'blue-gray-or-purple', 'pale'),
  pupils: enumOf('normal', 'pinpoint', 'dilated'),
  skin: enumOf('normal', 'cold-clammy'),
  naloxoneGivenAt: opaque('RFC 3339 date-time of the latest naloxone rescue, or null / "never" for none'),
  lastOverdoseAt: opaque('RFC 3339 date-time of the latest overdose, or null / "never" for none'),
  medicallyEvaluatedSinceEvent: tri,
  chestPainOrSevereBreathlessness: tri,
  allergicReactionSigns: tri,
  newConfusionOrSeizure: tri,
  injectsDrugs: tri,
  fever: tri,
  drugInjectionSiteSigns: enumOf('none', 'redness-or-swelling', 'spreading-redness-abscess-or-severe-pain'),
  onNaltrexone: enumOf('none', 'oral', 'xr-injection'),
  lastXrNtxInjectionAt: opaque('RFC 3339 date-time of the latest extended-release naltrexone injection'),
  xrNtxInjectionSiteSigns: enumOf('none', 'mild-persisting-over-2-weeks', 'severe'),
  liverInjurySymptoms: tri,
  sedativeCoUseWithOpioids: tri,
  useAfterAbstinence: tri,
  cravingIntensity: { kind: 'number', min: 0, max: 10, integer: true, unit: 'points (0-10)' },
  relapseSigns: {
    kind: 'object',
    members: mapMembers(Object.fromEntries(RELAPSE_SIGNS.map((s) => [s, s])) as Record<RelapseSignName, RelapseSignName>, () => tri),
  },
  usesAlone: tri,
  naloxoneOnHand: tri,
  recentReleaseOrDischarge: tri,
  naltrexoneStoppedWithin30Days: tri,
} as const satisfies Record<string, FactKind>;

/** The name of a fact a caller can supply. */
export type InputFactName = keyof typeof INPUT_FACTS;
