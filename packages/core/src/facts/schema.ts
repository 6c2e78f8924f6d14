/**
 * The zod schema of the facts a caller passes (SPEC §1). It accepts exactly the vocabulary: unknown keys,
 * out-of-range numbers and values outside an enumeration are rejected, never coerced. `"unknown"` and `null`
 * mean the same as leaving the fact out, except for the event times `naloxoneGivenAt` and `lastOverdoseAt`,
 * where `null` (like `"never"`) means the event has not happened.
 */
import * as z from 'zod/mini';
import { isKnownTimeZone } from '../time/zones.js';
import { parseCalendarDate, parseDateTime } from '../time/rfc3339.js';
import { COWS_ITEM_SCORES, OPIOID_TYPES, RELAPSE_SIGNS, type CowsItemName, type RelapseSignName } from './vocabulary.js';

const unknownable = <T extends z.ZodMiniType>(schema: T) => z.optional(z.union([schema, z.literal('unknown'), z.null()]));
const tri = unknownable(z.enum(['yes', 'no']));
const choice = <const V extends readonly [string, ...string[]]>(...values: V) => unknownable(z.enum(values));

/** An RFC 3339 date-time with an explicit offset, e.g. `2025-03-15T12:00:00Z`. */
export const dateTimeSchema = z.string().check(z.refine((text) => parseDateTime(text) !== undefined, 'must be an RFC 3339 date-time with an offset'));

/** An RFC 3339 date-time or a `YYYY-MM-DD` date (end of that local day). */
export const dateTimeOrDateSchema = z
  .string()
  .check(
    z.refine(
      (text) => parseDateTime(text) !== undefined || parseCalendarDate(text) !== undefined,
      'must be an RFC 3339 date-time with an offset or a YYYY-MM-DD date',
    ),
  );

const eventTime = z.optional(z.union([dateTimeSchema, z.literal('never'), z.literal('unknown'), z.null()]));
const number = (min: number, max: number) => unknownable(z.number().check(z.gte(min), z.lte(max)));
const integer = (min: number, max: number) => unknownable(z.int().check(z.gte(min), z.lte(max)));

const cowsItemsShape = Object.fromEntries(
  Object.entries(COWS_ITEM_SCORES).map(([item, scores]) => [
    item,
    z.optional(z.union([z.number().check(z.refine((n) => (scores as readonly number[]).includes(n), `must be one of ${scores.join(', ')}`)), z.null()])),
  ]),
) as Record<CowsItemName, z.ZodMiniOptional<z.ZodMiniUnion<[z.ZodMiniNumber, z.ZodMiniNull]>>>;

const relapseSignsShape = Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, tri])) as Record<RelapseSignName, typeof tri>;

const opioidExposure = z.strictObject({
  type: choice(...OPIOID_TYPES),
  lastUseAt: z.optional(z.union([dateTimeOrDateSchema, z.literal('unknown'), z.null()])),
});

/**
 * The facts schema: every SPEC §1 fact, all optional. `evaluatedAt` is required by every rule set that reads
 * time (all but COWS); the evaluator checks that, since the schema does not know the rule set.
 */
export const factsSchema = z.strictObject({
  evaluatedAt: z.optional(dateTimeSchema),
  userTimeZone: z.optional(
    z.union([z.literal('unknown'), z.string().check(z.refine(isKnownTimeZone, 'must be an IANA time-zone name such as America/New_York')), z.null()]),
  ),
  subjectRole: choice('self', 'other-person'),
  ageYears: integer(0, 120),
  lastOpioidUseAt: z.optional(z.union([dateTimeOrDateSchema, z.literal('unknown'), z.null()])),
  lastOpioidType: choice(...OPIOID_TYPES),
  opioidExposures: unknownable(z.array(opioidExposure).check(z.maxLength(100))),
  fentanylExposure: tri,
  currentOpioidAgonistTreatment: choice('none', 'methadone', 'buprenorphine'),
  currentOrAnticipatedOpioidAnalgesicNeed: tri,
  physiologicOpioidDependence: choice('present', 'absent'),
  acuteOpioidWithdrawal: choice('present', 'absent'),
  currentWithdrawalSymptoms: tri,
  cowsItems: unknownable(z.strictObject(cowsItemsShape)),
  restingPulseBpm: unknownable(z.number().check(z.gte(1), z.lte(300))),
  cowsAssessor: choice('clinician', 'self'),
  withdrawalAfterNaltrexoneDose: tri,
  urineOpioidScreen: choice('negative', 'positive', 'not-done'),
  naloxoneChallenge: choice('passed', 'failed', 'not-done'),
  altXuln: number(0, 1000),
  astXuln: number(0, 1000),
  bilirubinXuln: number(0, 1000),
  acuteHepatitis: tri,
  liverFailure: tri,
  pregnancyStatus: choice('pregnant', 'postpartum-within-12-months', 'not-pregnant', 'not-applicable'),
  breastfeeding: tri,
  naltrexoneHypersensitivity: tri,
  bleedingDisorderOrAnticoagulant: tri,
  renalImpairment: choice('none-or-mild', 'moderate-or-severe'),
  selfHarmThoughts: choice('none', 'passive', 'active-plan-or-intent'),
  severeDepression: tri,
  suspectedOverdose: tri,
  breathingStatus: choice('normal', 'slow-or-shallow', 'gurgling-or-snoring', 'absent'),
  responsiveness: choice('alert', 'drowsy-but-rousable', 'hard-to-wake', 'unresponsive'),
  lipNailColor: choice('normal', 'blue-gray-or-purple', 'pale'),
  pupils: choice('normal', 'pinpoint', 'dilated'),
  skin: choice('normal', 'cold-clammy'),
  naloxoneGivenAt: eventTime,
  lastOverdoseAt: eventTime,
  medicallyEvaluatedSinceEvent: tri,
  chestPainOrSevereBreathlessness: tri,
  allergicReactionSigns: tri,
  newConfusionOrSeizure: tri,
  injectsDrugs: tri,
  fever: tri,
  drugInjectionSiteSigns: choice('none', 'redness-or-swelling', 'spreading-redness-abscess-or-severe-pain'),
  onNaltrexone: choice('none', 'oral', 'xr-injection'),
  lastXrNtxInjectionAt: z.optional(z.union([dateTimeSchema, z.literal('unknown'), z.null()])),
  xrNtxInjectionSiteSigns: choice('none', 'mild-persisting-over-2-weeks', 'severe'),
  liverInjurySymptoms: tri,
  sedativeCoUseWithOpioids: tri,
  useAfterAbstinence: tri,
  cravingIntensity: integer(0, 10),
  relapseSigns: unknownable(z.strictObject(relapseSignsShape)),
  usesAlone: tri,
  naloxoneOnHand: tri,
  recentReleaseOrDischarge: tri,
  naltrexoneStoppedWithin30Days: tri,
});

/** Facts as a caller writes them (JSON-compatible; `"unknown"` and `null` allowed where SPEC allows). */
export type FactsInput = z.input<typeof factsSchema>;
