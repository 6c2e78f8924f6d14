/**
 * Shared fast-check arbitraries for the property tests: facts drawn from the SPEC §1 vocabulary (each fact
 * absent, "unknown", null or a valid value), "clean" baselines that reach the reassuring outcome of each rule
 * set, and helpers to knock a single fact out. Every generated facts object parses: time facts are placed
 * relative to evaluatedAt so that no past event lies in the future.
 */
import fc from 'fast-check';
import { pulseScore } from '../../src/derive/cows-total.js';
import { COWS_ITEM_SCORES, INPUT_FACTS, RELAPSE_SIGNS, type FactKind } from '../../src/index.js';

/** Facts as a caller passes them. */
export type Facts = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** Marks a fact to leave out; removed by {@link stripAbsent}. */
export const ABSENT: unique symbol = Symbol('absent');

/** The three ways a caller can say "unknown" (SPEC §1): leave it out, "unknown", or null. */
export const UNKNOWN_FORMS = ['absent', 'unknown', 'null'] as const;
export type UnknownForm = (typeof UNKNOWN_FORMS)[number];

/** One of the unknown forms, as a value ({@link ABSENT} for "leave it out"). */
export const unknownValue = fc.constantFrom<unknown>(ABSENT, 'unknown', null);

/** Removes {@link ABSENT} markers (recursively in plain objects). */
export function stripAbsent(value: Facts): Facts {
  const out: Facts = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === ABSENT) continue;
    out[key] = v !== null && typeof v === 'object' && !Array.isArray(v) ? stripAbsent(v as Facts) : v;
  }
  return out;
}

/** Returns a copy of `facts` with `name` made unknown in the given form. */
export function withUnknown(facts: Facts, name: string, form: UnknownForm): Facts {
  const copy = { ...facts };
  if (form === 'absent') delete copy[name];
  else copy[name] = form === 'unknown' ? 'unknown' : null;
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// Time

/** Instants between 2015 and 2035. */
export const instantArb = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });

/** UTC offsets in minutes, including unusual ones (+05:45, +13:45, -09:30) and the extremes. */
export const offsetArb = fc.constantFrom(0, 60, -300, -240, 330, 345, 540, 600, 765, 825, -570, -720, 840, -600);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats an instant as RFC 3339 with the given offset (minutes east of UTC), with or without milliseconds. */
export function rfc3339(epochMs: number, offsetMinutes: number, withMillis = epochMs % 1000 !== 0): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = withMillis ? `.${pad(local.getUTCMilliseconds(), 3)}` : '';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${date}T${time}${millis}${offset}`;
}

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function utcDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Zones with DST, odd offsets, both date-line extremes, and the fixed Etc zones the SDK itself uses. */
export const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Santiago',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'UTC',
] as const;

/** A user time zone: a real zone, or unknown (absent / null). */
export const userTimeZoneArb = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...ZONES), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(ABSENT, null), weight: 1 },
);

/**
 * A time of last use, `daysBefore` days (fractional) before `evaluatedAtMs`: either a date-time with an
 * offset or a date-only value (the UTC date of that instant, at least two days back so its end of day is in
 * the past in every zone).
 */
export function lastUseText(evaluatedAtMs: number, daysBefore: number, offset: number, dateOnly: boolean): string {
  const at = evaluatedAtMs - Math.round(daysBefore * DAY_MS);
  return dateOnly ? utcDate(at - 2 * DAY_MS) : rfc3339(at, offset);
}

// ---------------------------------------------------------------------------------------------------------
// Values of the vocabulary

/** Any valid value of an enum or number fact kind. */
export function validValue(kind: FactKind): fc.Arbitrary<unknown> {
  if (kind.kind === 'enum') return fc.constantFrom<unknown>(...kind.values);
  if (kind.kind === 'number') {
    if (kind.integer) return fc.integer({ min: kind.min, max: kind.max });
    return fc.oneof(
      fc.constantFrom<unknown>(kind.min, kind.max, 1, 3, 5),
      fc.double({ min: kind.min, max: kind.max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    );
  }
  throw new Error(`no scalar values for ${kind.kind}`);
}

/** A valid value, or one of the unknown forms. */
export function maybeUnknown(arb: fc.Arbitrary<unknown>, knownWeight = 3): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arb, weight: knownWeight }, { arbitrary: unknownValue, weight: 1 });
}

/** Names of the scalar (enum or number) input facts, except restingPulseBpm (tied to a COWS item). */
export const SCALAR_FACTS = Object.entries(INPUT_FACTS)
  .filter(([name, kind]) => (kind.kind === 'enum' || kind.kind === 'number') && name !== 'restingPulseBpm')
  .map(([name]) => name);

const scalarRecord = (knownWeight: number) =>
  fc.record(Object.fromEntries(SCALAR_FACTS.map((name) => [name, maybeUnknown(validValue(INPUT_FACTS[name as keyof typeof INPUT_FACTS]), knownWeight)])));

/** COWS items: each left out, null, or one of its allowed scores. */
export const cowsItemsArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant<unknown>(ABSENT), weight: 2 },
  {
    arbitrary: fc.record(
      Object.fromEntries(
        Object.entries(COWS_ITEM_SCORES).map(([item, scores]) => [
          item,
          fc.oneof({ arbitrary: fc.constantFrom<unknown>(...scores), weight: 3 }, { arbitrary: fc.constantFrom<unknown>(ABSENT, null), weight: 1 }),
        ]),
      ),
    ),
    weight: 1,
  },
);

/** Relapse signs: each left out, "unknown", null, "yes" or "no". */
export const relapseSignsArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant<unknown>(ABSENT), weight: 1 },
  { arbitrary: fc.record(Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, maybeUnknown(fc.constantFrom('yes', 'no'), 4)]))), weight: 3 },
);

/** A past event relative to evaluatedAt: never/null, unknown, or a date-time 0–60 days before. */
function pastEvent(evaluatedAtMs: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(ABSENT, 'unknown', null, 'never'),
    fc.tuple(fc.double({ min: 0, max: 60, noNaN: true }), offsetArb).map(([days, offset]) => rfc3339(evaluatedAtMs - Math.round(days * DAY_MS), offset)),
  );
}

/** A time of last opioid use: unknown, a date-time (possibly up to a day in the future), or a date. */
function lastUseArb(evaluatedAtMs: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: unknownValue, weight: 1 },
    { arbitrary: fc.tuple(fc.double({ min: -1, max: 40, noNaN: true }), offsetArb).map(([days, offset]) => lastUseText(evaluatedAtMs, days, offset, false)), weight: 3 },
    { arbitrary: fc.double({ min: 0, max: 40, noNaN: true }).map((days) => lastUseText(evaluatedAtMs, days, 0, true)), weight: 2 },
  );
}

const opioidTypeArb = maybeUnknown(fc.constantFrom('short-acting', 'long-acting', 'depot-buprenorphine'));

function exposuresArb(evaluatedAtMs: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant<unknown>(ABSENT), weight: 3 },
    { arbitrary: fc.array(fc.record({ type: opioidTypeArb, lastUseAt: lastUseArb(evaluatedAtMs) }), { maxLength: 3 }), weight: 1 },
  );
}

/** A measured pulse, kept consistent with any recorded restingPulse item (a contradiction is invalid input). */
function reconcilePulse(facts: Facts, bpm: unknown): Facts {
  if (bpm === ABSENT) return facts;
  const items = facts['cowsItems'] as Facts | undefined;
  if (typeof bpm === 'number' && items && typeof items['restingPulse'] === 'number') {
    return { ...facts, restingPulseBpm: bpm, cowsItems: { ...items, restingPulse: pulseScore(bpm) } };
  }
  return { ...facts, restingPulseBpm: bpm };
}

/**
 * Facts drawn from the whole vocabulary: every fact independently absent, "unknown", null or valid.
 * `knownWeight` is how much likelier a valid value is than each unknown form.
 */
export function randomFactsArb(knownWeight = 3): fc.Arbitrary<Facts> {
  return fc.tuple(instantArb, offsetArb).chain(([evaluatedAtMs, offset]) =>
    fc
      .record({
        scalars: scalarRecord(knownWeight),
        userTimeZone: userTimeZoneArb,
        lastOpioidUseAt: lastUseArb(evaluatedAtMs),
        opioidExposures: exposuresArb(evaluatedAtMs),
        naloxoneGivenAt: pastEvent(evaluatedAtMs),
        lastOverdoseAt: pastEvent(evaluatedAtMs),
        lastXrNtxInjectionAt: fc.oneof(unknownValue, fc.double({ min: 0, max: 60, noNaN: true }).map((d) => rfc3339(evaluatedAtMs - Math.round(d * DAY_MS), 0))),
        cowsItems: cowsItemsArb,
        relapseSigns: relapseSignsArb,
        restingPulseBpm: fc.oneof({ arbitrary: unknownValue, weight: 3 }, { arbitrary: fc.double({ min: 40, max: 180, noNaN: true }), weight: 1 }),
      })
      .map(({ scalars, restingPulseBpm, ...rest }) => {
        const facts = stripAbsent({ evaluatedAt: rfc3339(evaluatedAtMs, offset), ...scalars, ...rest });
        if (Array.isArray(facts['opioidExposures'])) facts['opioidExposures'] = (facts['opioidExposures'] as Facts[]).map(stripAbsent);
        return reconcilePulse(facts, restingPulseBpm);
      }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Candidacy (SPEC §2A)

/** The facts A-I2 requires (SPEC §2A). */
export const A_REQUIRED_FACTS = [
  'ageYears',
  'currentOrAnticipatedOpioidAnalgesicNeed',
  'currentOpioidAgonistTreatment',
  'currentWithdrawalSymptoms',
  'altXuln',
  'astXuln',
  'acuteHepatitis',
  'liverFailure',
  'pregnancyStatus',
  'naltrexoneHypersensitivity',
  'selfHarmThoughts',
  'urineOpioidScreen',
] as const;

/** Options for {@link cleanCandidateArb}. */
export interface CleanCandidateOptions {
  /** Range of days between last opioid use and evaluatedAt. */
  readonly daysSinceUse: readonly [number, number];
}

/**
 * A candidate with no blocking finding: every required fact known and reassuring, optional facts reassuring
 * or unknown, urgent-help facts reassuring or unknown, and any opioid type except depot buprenorphine. With
 * `daysSinceUse` of at least 15 days the outcome is `eligible`; with fewer it may be `not-yet`.
 */
export function cleanCandidateArb({ daysSinceUse }: CleanCandidateOptions): fc.Arbitrary<Facts> {
  const [minDays, maxDays] = daysSinceUse;
  return fc.tuple(instantArb, offsetArb).chain(([evaluatedAtMs, offset]) =>
    fc
      .record({
        userTimeZone: userTimeZoneArb,
        lastOpioidUseAt: fc
          .tuple(fc.double({ min: minDays, max: maxDays, noNaN: true }), offsetArb, fc.boolean())
          .map(([days, off, dateOnly]) => lastUseText(evaluatedAtMs, days, off, dateOnly && days >= 2)),
        lastOpioidType: maybeUnknown(fc.constantFrom('short-acting', 'long-acting'), 2),
        fentanylExposure: maybeUnknown(fc.constantFrom('yes', 'no'), 2),
        ageYears: fc.integer({ min: 18, max: 120 }),
        currentOrAnticipatedOpioidAnalgesicNeed: fc.constant('no'),
        currentOpioidAgonistTreatment: fc.constant('none'),
        physiologicOpioidDependence: fc.constant('absent'),
        acuteOpioidWithdrawal: fc.constant('absent'),
        currentWithdrawalSymptoms: fc.constant('no'),
        urineOpioidScreen: fc.constant('negative'),
        naloxoneChallenge: fc.constantFrom<unknown>('passed', 'not-done', ABSENT, 'unknown', null),
        altXuln: fc.double({ min: 0, max: 3, noNaN: true }),
        astXuln: fc.double({ min: 0, max: 3, noNaN: true }),
        bilirubinXuln: fc.oneof(unknownValue, fc.double({ min: 0, max: 1, noNaN: true })),
        acuteHepatitis: fc.constant('no'),
        liverFailure: fc.constant('no'),
        pregnancyStatus: fc.constantFrom('not-pregnant', 'not-applicable', 'postpartum-within-12-months'),
        breastfeeding: maybeUnknown(fc.constant('no'), 1),
        naltrexoneHypersensitivity: fc.constant('no'),
        bleedingDisorderOrAnticoagulant: maybeUnknown(fc.constant('no'), 1),
        renalImpairment: maybeUnknown(fc.constant('none-or-mild'), 1),
        selfHarmThoughts: fc.constant('none'),
        severeDepression: fc.constant('no'),
        // Urgent-help facts only matter through A-N12 (emergency or urgent); reassuring or unknown here.
        breathingStatus: maybeUnknown(fc.constant('normal'), 1),
        responsiveness: maybeUnknown(fc.constant('alert'), 1),
        suspectedOverdose: maybeUnknown(fc.constant('no'), 1),
        sedativeCoUseWithOpioids: maybeUnknown(fc.constant('no'), 1),
        onNaltrexone: maybeUnknown(fc.constant('none'), 1),
        useAfterAbstinence: maybeUnknown(fc.constant('no'), 1),
        cravingIntensity: maybeUnknown(fc.integer({ min: 0, max: 10 }), 1),
        relapseSigns: relapseSignsArb,
      })
      .map((record) => stripAbsent({ evaluatedAt: rfc3339(evaluatedAtMs, offset), ...record })),
  );
}

/** One label contraindication (A-C1..A-C6) as the facts that trigger it. */
export interface Contraindication {
  readonly rule: string;
  readonly facts: Facts;
}

/** Every way SPEC §2A gives to trigger a label contraindication. */
export const contraindicationArb: fc.Arbitrary<Contraindication> = fc.oneof(
  fc.constant({ rule: 'A-C1', facts: { currentOrAnticipatedOpioidAnalgesicNeed: 'yes' } }),
  fc.constant({ rule: 'A-C2', facts: { physiologicOpioidDependence: 'present' } }),
  fc.constantFrom('methadone', 'buprenorphine').map((agonist) => ({ rule: 'A-C2', facts: { currentOpioidAgonistTreatment: agonist } })),
  fc.constant({ rule: 'A-C3', facts: { acuteOpioidWithdrawal: 'present' } }),
  fc.constant({ rule: 'A-C4', facts: { naloxoneChallenge: 'failed' } }),
  // A-C5: a positive urine screen and a challenge that did not pass (failed, not done, or unknown).
  fc.constantFrom<unknown>('failed', 'not-done', 'unknown', null, ABSENT).map((challenge) => ({
    rule: 'A-C5',
    facts: { urineOpioidScreen: 'positive', naloxoneChallenge: challenge },
  })),
  fc.constant({ rule: 'A-C6', facts: { naltrexoneHypersensitivity: 'yes' } }),
);

/** Overlays a contraindication on facts (an ABSENT value removes the fact). */
export function applyContraindication(facts: Facts, contraindication: Contraindication): Facts {
  return stripAbsent({ ...facts, ...contraindication.facts });
}

// ---------------------------------------------------------------------------------------------------------
// Waiting period (SPEC §2B, §3)

/** What P4 and P5 vary: the time of last use and the facts that choose the window. */
export interface WaitingScenario {
  readonly evaluatedAtMs: number;
  readonly facts: Facts;
}

/** Waiting-period facts with a usable last use (0–40 days back) and random type, fentanyl, zone and exposures. */
export const waitingScenarioArb: fc.Arbitrary<WaitingScenario> = fc.tuple(instantArb, offsetArb).chain(([evaluatedAtMs, offset]) =>
  fc
    .record({
      userTimeZone: userTimeZoneArb,
      lastOpioidType: opioidTypeArb,
      fentanylExposure: maybeUnknown(fc.constantFrom('yes', 'no')),
      opioidExposures: fc.oneof(
        { arbitrary: fc.constant<unknown>(ABSENT), weight: 2 },
        {
          arbitrary: fc.array(
            fc.record({
              type: opioidTypeArb,
              lastUseAt: fc.tuple(fc.double({ min: 2, max: 40, noNaN: true }), offsetArb, fc.boolean()).map(([d, o, dateOnly]) => lastUseText(evaluatedAtMs, d, o, dateOnly)),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          weight: 1,
        },
      ),
    })
    .map((record) => {
      const facts = stripAbsent({ evaluatedAt: rfc3339(evaluatedAtMs, offset), ...record });
      if (Array.isArray(facts['opioidExposures'])) facts['opioidExposures'] = (facts['opioidExposures'] as Facts[]).map(stripAbsent);
      return { evaluatedAtMs, facts };
    }),
);

// ---------------------------------------------------------------------------------------------------------
// Urgent help (SPEC §2C) and relapse warnings (SPEC §2D)

/** The critical urgent-help facts of C-I1. */
export const C_CRITICAL_FACTS = ['breathingStatus', 'responsiveness', 'lipNailColor', 'suspectedOverdose', 'selfHarmThoughts'] as const;

/**
 * Facts for which no urgent-help rule fires and none is unknown, so the outcome is `routine`; each fact
 * takes one of its reassuring values (several where the SPEC allows).
 */
export const cleanUrgencyArb: fc.Arbitrary<Facts> = fc.tuple(instantArb, offsetArb).chain(([evaluatedAtMs, offset]) =>
  fc
    .record({
      userTimeZone: userTimeZoneArb,
      subjectRole: maybeUnknown(fc.constantFrom('self', 'other-person'), 1),
      breathingStatus: fc.constant('normal'),
      responsiveness: fc.constant('alert'),
      lipNailColor: fc.constant('normal'),
      pupils: fc.constantFrom('normal', 'dilated'),
      skin: fc.constant('normal'),
      suspectedOverdose: fc.constant('no'),
      selfHarmThoughts: fc.constant('none'),
      severeDepression: fc.constant('no'),
      chestPainOrSevereBreathlessness: fc.constant('no'),
      allergicReactionSigns: fc.constant('no'),
      newConfusionOrSeizure: fc.constant('no'),
      injectsDrugs: fc.constant('no'),
      fever: fc.constantFrom('no', 'yes'),
      drugInjectionSiteSigns: fc.constantFrom('none', 'redness-or-swelling'),
      onNaltrexone: fc.constant('none'),
      xrNtxInjectionSiteSigns: fc.constant('none'),
      liverInjurySymptoms: fc.constantFrom('no', 'yes'),
      sedativeCoUseWithOpioids: fc.constant('no'),
      pregnancyStatus: fc.constantFrom('not-pregnant', 'not-applicable', 'postpartum-within-12-months'),
      currentWithdrawalSymptoms: fc.constantFrom('no', 'yes'),
      withdrawalAfterNaltrexoneDose: fc.constant('no'),
      useAfterAbstinence: fc.constant('no'),
      naloxoneGivenAt: fc.oneof(fc.constantFrom<unknown>(null, 'never'), fc.double({ min: 31, max: 400, noNaN: true }).map((d) => rfc3339(evaluatedAtMs - Math.round(d * DAY_MS), 0))),
      lastOverdoseAt: fc.oneof(fc.constantFrom<unknown>(null, 'never'), fc.double({ min: 31, max: 400, noNaN: true }).map((d) => rfc3339(evaluatedAtMs - Math.round(d * DAY_MS), 0))),
      lastOpioidUseAt: lastUseArb(evaluatedAtMs),
      currentOrAnticipatedOpioidAnalgesicNeed: fc.constantFrom('no', 'yes'),
      cravingIntensity: fc.integer({ min: 0, max: 3 }),
      relapseSigns: fc.constant(Object.fromEntries(RELAPSE_SIGNS.map((s) => [s, 'no']))),
    })
    .map((record) => stripAbsent({ evaluatedAt: rfc3339(evaluatedAtMs, offset), ...record })),
);

/** Facts for which relapse-warnings returns `none-detected`: everything known and negative, craving ≤ 3. */
export const cleanRelapseArb: fc.Arbitrary<Facts> = fc
  .record({
    evaluatedAtMs: instantArb,
    offset: offsetArb,
    cravingIntensity: fc.integer({ min: 0, max: 3 }),
    // Facts relapse-warnings never reads may be anything.
    breathingStatus: maybeUnknown(validValue(INPUT_FACTS.breathingStatus)),
    ageYears: maybeUnknown(validValue(INPUT_FACTS.ageYears)),
  })
  .map(({ evaluatedAtMs, offset, ...rest }) =>
    stripAbsent({
      evaluatedAt: rfc3339(evaluatedAtMs, offset),
      useAfterAbstinence: 'no',
      relapseSigns: Object.fromEntries(RELAPSE_SIGNS.map((s) => [s, 'no'])),
      ...rest,
    }),
  );

/** Makes one relapse input unknown: a sign (inside relapseSigns), the craving, or useAfterAbstinence. */
export function withRelapseInputUnknown(facts: Facts, input: string, form: UnknownForm): Facts {
  if (input === 'cravingIntensity' || input === 'useAfterAbstinence') return withUnknown(facts, input, form);
  return { ...facts, relapseSigns: withUnknown((facts['relapseSigns'] as Facts | undefined) ?? {}, input, form) };
}

// ---------------------------------------------------------------------------------------------------------
// Misc

/** Deep-freezes a value (objects and arrays), returning it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
