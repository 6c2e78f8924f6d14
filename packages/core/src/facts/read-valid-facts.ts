/**
 * The fast path of `parseFacts`: checks plain, valid facts against the vocabulary and builds the known
 * facts in one pass. It answers only "valid, and here are the facts" or "not sure": anything unusual (an
 * invalid value, an unknown key, a non-plain object) returns `undefined` and `parseFacts` asks
 * `checkFacts`, which names the issues. Both decide as the zod `factsSchema` does (kept for the JSON
 * Schema and as the tests' reference); `test/facts/read-valid-facts.test.ts` hunts for any disagreement,
 * together with any drift between vocabulary and schema.
 *
 * The result equals `toKnownFacts(factsSchema.parse(input))` including key order: facts in vocabulary
 * order (the schema's order), then `cowsItems`, `relapseSigns`, `opioidExposures`, `naloxoneGivenAt`,
 * `lastOverdoseAt`, as `toKnownFacts` appends them.
 */
import { isKnownTimeZone } from '../time/zones.js';
import { parseCalendarDate, parseDateTime } from '../time/rfc3339.js';
import type { KnownFacts } from './known-facts.js';
import { COWS_ITEM_SCORES, INPUT_FACTS, OPIOID_TYPES, type FactKind } from './vocabulary.js';

/** Marks a value that is present but invalid; distinct from every JSON value. */
export const INVALID = Symbol('invalid');
/** Marks a value that means "unknown" (left out, `null` or `"unknown"`): valid, and absent from the result. */
export const ABSENT = Symbol('absent');

/** A fact's value as it appears in known facts, or {@link INVALID} or {@link ABSENT}. */
export type Reading = unknown;
/** Reads one value: the known value, {@link ABSENT} for an unknown one, {@link INVALID} for anything else. */
export type Reader = (value: unknown) => Reading;

const MAX_EXPOSURES = 100;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** True when every enumerable key of `value` (inherited ones too, as the schema's `for…in` sees them) is allowed. */
function hasOnlyKeys(value: object, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const isDateTime = (value: unknown) => typeof value === 'string' && parseDateTime(value) !== undefined;
const isDateTimeOrDate = (value: unknown) =>
  typeof value === 'string' && (parseDateTime(value) !== undefined || parseCalendarDate(value) !== undefined);

/** A fact that may also be "unknown": `undefined`, `null` and `"unknown"` read as absent. */
function unknownable(isValid: (value: unknown) => boolean): Reader {
  return (value) => (value === undefined || value === null || value === 'unknown' ? ABSENT : isValid(value) ? value : INVALID);
}

function numberReader(min: number, max: number, integer: boolean): (value: unknown) => boolean {
  return (value) =>
    typeof value === 'number' && (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) && value >= min && value <= max;
}

function enumReader(values: readonly string[]): (value: unknown) => boolean {
  const allowed = new Set(values);
  return (value) => typeof value === 'string' && allowed.has(value);
}

/** A group of sub-facts (`cowsItems`, `relapseSigns`): an object of its members only, or unknown as a whole. */
function groupReader(members: Readonly<Record<string, Reader>>): Reader {
  const names = Object.keys(members);
  const allowed = new Set(names);
  return (value) => {
    if (value === undefined || value === null || value === 'unknown') return ABSENT;
    if (!isPlainObject(value) || !hasOnlyKeys(value, allowed)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const member = (members[name] as Reader)(value[name]);
      if (member === INVALID) return INVALID;
      if (member !== ABSENT) out[name] = member;
    }
    return out;
  };
}

/** The reader of each COWS item: a score it allows or null; "unknown" is not one of its values. */
export const COWS_ITEM_READERS: Readonly<Record<string, Reader>> = Object.fromEntries(
  Object.entries(COWS_ITEM_SCORES).map(([item, scores]): [string, Reader] => [
    item,
    (value) => (value === undefined || value === null ? ABSENT : typeof value === 'number' && (scores as readonly number[]).includes(value) ? value : INVALID),
  ]),
);

const COWS_ITEMS: Reader = groupReader(COWS_ITEM_READERS);

function groupOfKind(kind: Extract<FactKind, { kind: 'object' }>): Reader {
  return groupReader(Object.fromEntries(Object.entries(kind.members).map(([name, member]) => [name, readerOfKind(member)])));
}

const EXPOSURE_KEYS = new Set(['type', 'lastUseAt']);
/** Reads an exposure's `type`. */
export const readExposureType = unknownable(enumReader(OPIOID_TYPES));
/** Reads an exposure's `lastUseAt`. */
export const readLastUseAt = unknownable(isDateTimeOrDate);

function readExposure(value: unknown): Reading {
  if (!isPlainObject(value) || !hasOnlyKeys(value, EXPOSURE_KEYS)) return INVALID;
  const type = readExposureType(value['type']);
  const lastUseAt = readLastUseAt(value['lastUseAt']);
  if (type === INVALID || lastUseAt === INVALID) return INVALID;
  const out: Record<string, unknown> = {};
  if (type !== ABSENT) out['type'] = type;
  if (lastUseAt !== ABSENT) out['lastUseAt'] = lastUseAt;
  return out;
}

function readExposures(value: unknown): Reading {
  if (value === undefined || value === null || value === 'unknown') return ABSENT;
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length > MAX_EXPOSURES) return INVALID;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const exposure = readExposure(value[i]);
    if (exposure === INVALID) return INVALID;
    out.push(exposure);
  }
  return out;
}

/** An event time: `null` and `"never"` both mean it has not happened, `"unknown"` and left out are absent. */
function readEventTime(value: unknown): Reading {
  if (value === undefined || value === 'unknown') return ABSENT;
  if (value === null || value === 'never') return 'never';
  return isDateTime(value) ? value : INVALID;
}

/** Facts the vocabulary calls opaque, each with the check the schema applies. */
const OPAQUE_READERS: Readonly<Record<string, Reader>> = {
  // evaluatedAt has no "unknown" spelling: it is a date-time or left out.
  evaluatedAt: (value) => (value === undefined ? ABSENT : isDateTime(value) ? value : INVALID),
  userTimeZone: unknownable((value) => typeof value === 'string' && isKnownTimeZone(value)),
  lastOpioidUseAt: unknownable(isDateTimeOrDate),
  opioidExposures: readExposures,
  naloxoneGivenAt: readEventTime,
  lastOverdoseAt: readEventTime,
  lastXrNtxInjectionAt: unknownable(isDateTime),
};

/** The reader of a fact (`name`) or group member of the given kind. */
export function readerOfKind(kind: FactKind, name?: string): Reader {
  switch (kind.kind) {
    case 'enum':
      return unknownable(enumReader(kind.values));
    case 'number':
      return unknownable(numberReader(kind.min, kind.max, kind.integer));
    case 'object':
      return name === 'cowsItems' ? COWS_ITEMS : groupOfKind(kind);
    case 'opaque':
      // An opaque fact without a reader here is refused, so checkFacts decides and reports it.
      return (name !== undefined && OPAQUE_READERS[name]) || (() => INVALID);
  }
}

/** Facts `toKnownFacts` moves to the end of its result, in the order it appends them. */
const APPENDED = ['cowsItems', 'relapseSigns', 'opioidExposures', 'naloxoneGivenAt', 'lastOverdoseAt'];

const FACT_NAMES = Object.keys(INPUT_FACTS);
/** Fact names in the order of known facts: vocabulary order, then the facts `toKnownFacts` appends. */
export const ORDERED: readonly string[] = [...FACT_NAMES.filter((name) => !APPENDED.includes(name)), ...APPENDED.filter((name) => FACT_NAMES.includes(name))];
// Parallel arrays walked by index: the hot loop allocates no iterator or entry tuples.
const READERS: readonly Reader[] = ORDERED.map((name) => readerOfKind(INPUT_FACTS[name as keyof typeof INPUT_FACTS], name));
const SLOT_OF: ReadonlyMap<string, number> = new Map(ORDERED.map((name, slot) => [name, slot]));

/**
 * Known facts for plainly valid `input`, or `undefined` when the input is invalid or unusual and
 * `checkFacts` must decide (and name the issues). Never coerces: a value is kept as given or the answer is
 * `undefined`. Call `checkFactsLimits` first, as `parseFacts` does.
 */
export function readValidFacts(input: unknown): KnownFacts | undefined {
  if (!isPlainObject(input)) return undefined;
  // One for…in pass finds unknown keys and collects values: V8 reads input[key] inside for…in from its
  // enumeration cache, far cheaper than looking each fact name up. Like the schema's, it sees inherited keys.
  const values: unknown[] = new Array(ORDERED.length);
  for (const key in input) {
    const slot = SLOT_OF.get(key);
    if (slot === undefined) return undefined;
    values[slot] = input[key];
  }
  const out: Record<string, unknown> = {};
  for (let slot = 0; slot < ORDERED.length; slot += 1) {
    const value = (READERS[slot] as Reader)(values[slot]);
    if (value === INVALID) return undefined;
    if (value !== ABSENT) out[ORDERED[slot] as string] = value;
  }
  return out as KnownFacts;
}
