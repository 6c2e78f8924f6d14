/**
 * The full facts check of `parseFacts`, without zod: it decides what is valid exactly as the zod
 * `factsSchema` (still used for the published JSON Schema) decides, and names the same issues in the same
 * order as converting that schema's issues did, so moving off zod changed no answer and no message.
 * `test/facts/check-facts.test.ts` holds the two in step with a differential test against the zod reference.
 *
 * What the schema's rules amount to, and so what this reproduces:
 * - the input must be a non-list object (not necessarily plain); facts are read as `input[name]`, so
 *   inherited values count, and every enumerable key (`for…in`) that is not a fact is an unknown key;
 * - issues come fact by fact in vocabulary order, then the unknown keys in `for…in` order;
 * - a fact with an invalid value gives one issue at its path, except an integer beyond ±2^53, which fails
 *   both the safe-integer and the range check and so gives two;
 * - a group (`cowsItems`, `relapseSigns`) or the `opioidExposures` list gives the issues of its members,
 *   followed by its unknown keys (a list over 100 long is one issue, its entries unread); but when one of those
 *   issues is a wrong type rather than a bad value (an "aborting" issue in zod's terms) and the group is
 *   not the caller's own property holding an object, the whole group is one issue instead.
 * Valid input yields the same known facts, in the same key order, as {@link readValidFacts}.
 */
import { FactsValidationError } from './errors.js';
import { factIssue, UNKNOWN_KEY_DETAIL, valueAt } from './fact-issue.js';
import type { KnownFacts } from './known-facts.js';
import {
  ABSENT,
  COWS_ITEM_READERS,
  INVALID,
  ORDERED,
  readerOfKind,
  readExposureType,
  readLastUseAt,
  type Reader,
  type Reading,
} from './read-valid-facts.js';
import { INPUT_FACTS, RELAPSE_SIGNS, type FactKind } from './vocabulary.js';

/** One problem found, before it is worded: where, whether it is an unknown key, and whether zod would abort. */
interface Problem {
  readonly path: readonly PropertyKey[];
  readonly unknownKey: boolean;
  /** A wrong type, as opposed to a value out of range or an unknown key; decides how a group is reported. */
  readonly aborting: boolean;
}

interface Checked {
  readonly reading: Reading;
  readonly problems: readonly Problem[];
}

type Check = (value: unknown, path: readonly PropertyKey[], input: unknown) => Checked;

const NONE: readonly Problem[] = [];
const MAX_EXPOSURES = 100;

const problem = (path: readonly PropertyKey[], aborting: boolean): Problem => ({ path, unknownKey: false, aborting });
const unknownKey = (path: readonly PropertyKey[]): Problem => ({ path, unknownKey: true, aborting: false });

/** As zod's object check: anything of type object except null and lists. */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isUnknown = (value: unknown) => value === undefined || value === null || value === 'unknown';

/** A value `read` refuses gives one problem; `aborting` says whether that problem is a wrong type. */
function scalar(read: Reader, aborting: (value: unknown) => boolean = () => true): Check {
  return (value, path) => {
    const reading = read(value);
    return { reading, problems: reading === INVALID ? [problem(path, aborting(value))] : NONE };
  };
}

/** A number fact: one problem per failed check, and an integer beyond ±2^53 fails two. */
function numberCheck(read: Reader, kind: Extract<FactKind, { kind: 'number' }>): Check {
  return (value, path) => {
    const reading = read(value);
    if (reading !== INVALID) return { reading, problems: NONE };
    if (typeof value !== 'number' || !Number.isFinite(value) || (kind.integer && !Number.isInteger(value))) return { reading, problems: [problem(path, true)] };
    const failed = Number(kind.integer && !Number.isSafeInteger(value)) + Number(value < kind.min) + Number(value > kind.max);
    return { reading, problems: Array.from({ length: failed }, () => problem(path, false)) };
  };
}

/** A string that is there but malformed is a bad value; anything else is a wrong type. */
const notString = (value: unknown) => typeof value !== 'string';
/** A finite number that is not an allowed score is a bad value; anything else is a wrong type. */
const notFinite = (value: unknown) => typeof value !== 'number' || !Number.isFinite(value);

/** Members of an object (group or list entry) in declaration order, then its unknown keys in `for…in` order. */
function checkMembers(value: Record<string, unknown>, path: readonly PropertyKey[], members: Readonly<Record<string, Check>>, input: unknown): Checked {
  const problems: Problem[] = [];
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(members)) {
    const checked = (members[name] as Check)(value[name], [...path, name], input);
    problems.push(...checked.problems);
    if (checked.reading !== ABSENT && checked.reading !== INVALID) out[name] = checked.reading;
  }
  for (const key in value) if (!Object.hasOwn(members, key)) problems.push(unknownKey([...path, key]));
  return { reading: problems.length > 0 ? INVALID : out, problems };
}

/**
 * A group or list that may also be unknown as a whole: its members' problems, unless one of them is a wrong
 * type and the caller's own value there is not an object, when the group is one problem.
 */
function unknownableWhole(isShape: (value: unknown) => boolean, inner: Check): Check {
  return (value, path, input) => {
    if (isUnknown(value)) return { reading: ABSENT, problems: NONE };
    if (!isShape(value)) return { reading: INVALID, problems: [problem(path, true)] };
    const checked = inner(value, path, input);
    if (!checked.problems.some((found) => found.aborting)) return checked;
    const own = valueAt(input, path);
    return { reading: INVALID, problems: typeof own === 'object' && own !== null ? checked.problems : [problem(path, true)] };
  };
}

function group(members: Readonly<Record<string, Check>>): Check {
  return unknownableWhole(isObject, (value, path, input) => checkMembers(value as Record<string, unknown>, path, members, input));
}

const COWS_ITEMS = group(Object.fromEntries(Object.entries(COWS_ITEM_READERS).map(([item, read]) => [item, scalar(read, notFinite)])));
const RELAPSE_SIGNS_CHECK = group(
  Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, scalar(readerOfKind(INPUT_FACTS.relapseSigns.members[sign]))])),
);

const EXPOSURE_MEMBERS: Readonly<Record<string, Check>> = { type: scalar(readExposureType), lastUseAt: scalar(readLastUseAt, notString) };

const OPIOID_EXPOSURES = unknownableWhole(Array.isArray, (value, path, input) => {
  const list = value as readonly unknown[];
  // A list over the limit is one problem, its entries unread.
  if (list.length > MAX_EXPOSURES) return { reading: INVALID, problems: [problem(path, true)] };
  const problems: Problem[] = [];
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const entry = list[i];
    if (!isObject(entry)) {
      problems.push(problem([...path, i], true));
      continue;
    }
    const checked = checkMembers(entry, [...path, i], EXPOSURE_MEMBERS, input);
    problems.push(...checked.problems);
    out.push(checked.reading);
  }
  return { reading: problems.length > 0 ? INVALID : out, problems };
});

function checkOf(name: string, kind: FactKind): Check {
  if (name === 'cowsItems') return COWS_ITEMS;
  if (name === 'relapseSigns') return RELAPSE_SIGNS_CHECK;
  if (name === 'opioidExposures') return OPIOID_EXPOSURES;
  const read = readerOfKind(kind, name);
  if (kind.kind === 'number') return numberCheck(read, kind);
  return scalar(read);
}

const CHECKS: ReadonlyMap<string, Check> = new Map(Object.entries(INPUT_FACTS).map(([name, kind]) => [name, checkOf(name, kind)]));

/**
 * Checks raw facts against the vocabulary (SPEC §1) and returns the known facts, or throws naming every
 * problem. Never coerces. Call `checkFactsLimits` first, as `parseFacts` does.
 * @throws {@link FactsValidationError} with one issue per problem, in the order described above.
 */
export function checkFacts(input: unknown): KnownFacts {
  if (!isObject(input)) throw new FactsValidationError([factIssue(input, [])]);
  const problems: Problem[] = [];
  const readings = new Map<string, Reading>();
  for (const [name, check] of CHECKS) {
    const checked = check(input[name], [name], input);
    problems.push(...checked.problems);
    readings.set(name, checked.reading);
  }
  for (const key in input) if (!CHECKS.has(key)) problems.push(unknownKey([key]));
  if (problems.length > 0) {
    throw new FactsValidationError(problems.map((found) => factIssue(input, found.path, found.unknownKey ? UNKNOWN_KEY_DETAIL : undefined)));
  }
  const out: Record<string, unknown> = {};
  for (const name of ORDERED) {
    const reading = readings.get(name);
    if (reading !== ABSENT) out[name] = reading;
  }
  return out as KnownFacts;
}
