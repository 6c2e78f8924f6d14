/**
 * The format of an author test-case file, run by `recovery-rules test`: a rule set, optional shared facts,
 * and cases that each state the facts and what the evaluation must produce. Clinical authors write these
 * files to check an edit to a rule set without writing code. Every key is checked: a misspelt key is an
 * error (with its JSON pointer), never silently ignored.
 *
 * @example
 * ```json
 * {
 *   "ruleSet": "naltrexone-candidacy",
 *   "base": { "evaluatedAt": "2025-03-15T12:00:00Z", "ageYears": 30 },
 *   "cases": [
 *     {
 *       "name": "day 7 without a naloxone challenge is not yet",
 *       "facts": { "lastOpioidUseAt": "2025-03-08T12:00:00Z" },
 *       "expect": { "outcome": "not-yet", "firedRules": ["A-W2"], "recommendedStartDate": "2025-03-18" }
 *     }
 *   ]
 * }
 * ```
 */
import { z } from 'zod';

/** A JSON object of facts in the SDK's fact vocabulary (SPEC §1); the core validates the values. */
export type FactsObject = Readonly<Record<string, unknown>>;

/**
 * What one evaluation must produce. Only `outcome` is required; every other key is checked only when
 * given. Lists are subsets: the result may hold more than the list names.
 */
export interface Expectation {
  /** The winning outcome, exactly, e.g. `"not-yet"`. */
  readonly outcome: string;
  /** Rule ids that must all have fired (others may fire too), e.g. `["A-W2"]`. */
  readonly firedRules?: readonly string[];
  /** Rule ids that must not have fired, e.g. `["A-E1"]`. */
  readonly notFiredRules?: readonly string[];
  /** Fact names that must all be reported as missing (others may be too), e.g. `["altXuln"]`. */
  readonly missingFacts?: readonly string[];
  /** Flag ids (not rule ids) that must all be raised, e.g. `["get-naloxone"]`. */
  readonly flags?: readonly string[];
  /** The first local date a clinician might start, `YYYY-MM-DD`; `null` means no date may be given. */
  readonly earliestStartDate?: string | null;
  /** The usual local start date, `YYYY-MM-DD`; `null` means no date may be given. */
  readonly recommendedStartDate?: string | null;
  /** The earliest start instant, RFC 3339 (compared as an instant); `null` means none may be given. */
  readonly earliestStartAt?: string | null;
  /** The recommended start instant, RFC 3339 (compared as an instant); `null` means none may be given. */
  readonly recommendedStartAt?: string | null;
  /** The COWS total, exactly; `null` means no total may be given (items missing or invalid). */
  readonly total?: number | null;
}

/** One test case: a name, the facts (merged over the file's `base`) and the expectation. */
export interface TestCase {
  /** Shown in the report; unique within the file. */
  readonly name: string;
  /** Why the case exists (the SPEC clause, a clinician's question), for reviewers; not checked. */
  readonly note?: string;
  /** This case's facts. Each key replaces the same key of `base` (a shallow merge). */
  readonly facts: FactsObject;
  /** What the evaluation must produce. */
  readonly expect: Expectation;
}

/** A test-case file. */
export interface TestFile {
  /** What the file covers, for reviewers; not checked. */
  readonly description?: string;
  /**
   * A built-in rule-set id (e.g. `"waiting-period"`), or the path of a rule-set JSON file, relative to
   * this test file (e.g. `"../rule-sets/my-draft.json"`).
   */
  readonly ruleSet: string;
  /** Facts shared by every case; a case's own facts replace them key by key. */
  readonly base?: FactsObject;
  /** At least one case. */
  readonly cases: readonly TestCase[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const text = z.string().min(1, 'must not be empty');
const idList = z.array(text).readonly();
const factsObject = z.record(z.string(), z.unknown()).readonly();
const date = z.string().regex(DATE, 'must be a date written YYYY-MM-DD, e.g. 2025-03-09').nullable();
const instant = z.string().regex(INSTANT, 'must be an RFC 3339 date-time with an offset, e.g. 2025-03-08T12:00:00.000Z').nullable();

const expectationShape = {
  outcome: text,
  firedRules: idList.exactOptional(),
  notFiredRules: idList.exactOptional(),
  missingFacts: idList.exactOptional(),
  flags: idList.exactOptional(),
  earliestStartDate: date.exactOptional(),
  recommendedStartDate: date.exactOptional(),
  earliestStartAt: instant.exactOptional(),
  recommendedStartAt: instant.exactOptional(),
  total: z.number().int('must be a whole number').min(0).nullable().exactOptional(),
};

const testCaseShape = {
  name: text,
  note: z.string().exactOptional(),
  facts: factsObject,
  expect: z.strictObject(expectationShape).readonly(),
};

const testFileShape = {
  description: z.string().exactOptional(),
  ruleSet: text,
  base: factsObject.exactOptional(),
  cases: z.array(z.strictObject(testCaseShape).readonly()).min(1, 'a test file needs at least one case').readonly(),
};

/** The zod schema of a {@link TestFile}; strict at every level, so an unknown key is an issue. */
export const testFileSchema = z.strictObject(testFileShape).readonly();

/** The keys each object of the format allows, for "unknown key" messages. */
export const ALLOWED_KEYS = {
  file: Object.keys(testFileShape),
  case: Object.keys(testCaseShape),
  expect: Object.keys(expectationShape),
} as const;

// The documented types and the schema must describe the same format: this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof testFileSchema>, TestFile> = true;
void schemaMatchesTypes;
