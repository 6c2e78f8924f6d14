/**
 * Parsing caller facts (SPEC §1, design.md "Evaluation semantics"): invalid input is a FactsValidationError
 * naming the field, the value received and what is allowed; nothing is coerced, rounded or defaulted; and
 * "unknown", null and a left-out fact all mean the same thing: absent.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, FactsValidationError, INPUT_FACTS, parseFacts, RELAPSE_SIGNS, type FactIssue } from '../../src/index.js';

const AT = '2025-03-15T12:00:00Z';

/** Parses, expecting failure; returns the issues after checking the error's shape. */
function issuesOf(input: unknown): readonly FactIssue[] {
  let caught: unknown;
  try {
    parseFacts(input);
  } catch (error) {
    caught = error;
  }
  expect(caught, 'parseFacts should have thrown').toBeInstanceOf(FactsValidationError);
  const error = caught as FactsValidationError;
  expect(error.code).toBe('invalid-facts');
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(typeof issue.allowed, `allowed of ${issue.field}`).toBe('string');
    expect(issue.message).toContain(issue.field || 'facts');
    expect(error.message).toContain(issue.message);
  }
  return error.issues;
}

/** Expects exactly one issue, on `field`, with the received value shown and `allowed` matching. */
function expectIssue(input: Record<string, unknown>, field: string, received: unknown, ...allowed: RegExp[]): FactIssue {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues)).toHaveLength(1);
  const [issue] = issues as [FactIssue];
  expect(issue.field).toBe(field);
  expect(issue.received).toEqual(received);
  if (received !== undefined) expect(issue.message).toContain(JSON.stringify(received));
  for (const pattern of allowed) {
    expect(issue.allowed).toMatch(pattern);
    expect(issue.message).toMatch(pattern);
  }
  return issue;
}

describe('parseFacts: rejected input names the field, the value and what is allowed', () => {
  it('rejects a misspelt fact name ("ageyears") and says to check the spelling', () => {
    const issue = expectIssue({ evaluatedAt: AT, ageyears: 30 }, 'ageyears', 30, /known fact name/);
    expect(issue.message).toMatch(/spelling/);
  });

  it('rejects ageYears 121 (above the 0–120 range)', () => {
    expectIssue({ evaluatedAt: AT, ageYears: 121 }, 'ageYears', 121, /integer/, /0 to 120/, /years/);
  });

  it('rejects a negative age', () => {
    expectIssue({ evaluatedAt: AT, ageYears: -1 }, 'ageYears', -1, /0 to 120/);
  });

  it('rejects a non-integer age (30.5) instead of rounding it', () => {
    expectIssue({ evaluatedAt: AT, ageYears: 30.5 }, 'ageYears', 30.5, /integer/);
  });

  it('rejects the string "30" for ageYears instead of coercing it', () => {
    expectIssue({ evaluatedAt: AT, ageYears: '30' }, 'ageYears', '30', /integer/);
  });

  it('rejects a numeric string for a decimal fact too ("1.5" for altXuln)', () => {
    expectIssue({ evaluatedAt: AT, altXuln: '1.5' }, 'altXuln', '1.5', /number/, /upper limit of normal/);
  });

  it('rejects a boolean for a yes/no fact instead of mapping it', () => {
    expectIssue({ evaluatedAt: AT, fever: true }, 'fever', true, /"yes", "no", "unknown"/);
  });

  it('rejects a value outside an enumeration, listing every allowed value', () => {
    expectIssue({ evaluatedAt: AT, breathingStatus: 'fine' }, 'breathingStatus', 'fine', /"normal"/, /"slow-or-shallow"/, /"gurgling-or-snoring"/, /"absent"/, /"unknown"/);
  });

  it('rejects an enum value with the wrong case', () => {
    expectIssue({ evaluatedAt: AT, pregnancyStatus: 'Pregnant' }, 'pregnancyStatus', 'Pregnant', /"pregnant"/);
  });

  it('rejects cravingIntensity 11 and 6.5', () => {
    expectIssue({ evaluatedAt: AT, cravingIntensity: 11 }, 'cravingIntensity', 11, /0 to 10/);
    expectIssue({ evaluatedAt: AT, cravingIntensity: 6.5 }, 'cravingIntensity', 6.5, /integer/);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2024-02-30', '2023-02-29', '25-03-01', '2025-3-1', '2025/03/01'])(
    'rejects the invalid date %j for lastOpioidUseAt',
    (value) => {
      expectIssue({ evaluatedAt: AT, lastOpioidUseAt: value }, 'lastOpioidUseAt', value, /RFC 3339/, /YYYY-MM-DD/);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseFacts({ evaluatedAt: AT, lastOpioidUseAt: '2024-02-29' }).lastOpioidUseAt).toBe('2024-02-29');
  });

  it.each(['2025-02-30T12:00:00Z', '2025-03-15T24:00:00Z', '2025-03-15T12:60:00Z', '2025-03-15T12:00:60Z', '2025-03-15T12:00:00+24:00'])(
    'rejects the invalid date-time %j',
    (value) => {
      expectIssue({ evaluatedAt: value }, 'evaluatedAt', value, /RFC 3339/, /offset/);
    },
  );

  it.each(['2025-03-15T12:00:00', '2025-03-15 12:00:00', '2025-03-15T12:00', '2025-03-15'])(
    'rejects the date-time without an offset %j for evaluatedAt (never read in the host zone)',
    (value) => {
      expectIssue({ evaluatedAt: value }, 'evaluatedAt', value, /offset/);
    },
  );

  it('rejects a date-time without an offset for lastOpioidUseAt', () => {
    expectIssue({ evaluatedAt: AT, lastOpioidUseAt: '2025-03-01T12:00:00' }, 'lastOpioidUseAt', '2025-03-01T12:00:00', /RFC 3339/);
  });

  it('rejects a date-only value where only a date-time is allowed (lastXrNtxInjectionAt)', () => {
    expectIssue({ evaluatedAt: AT, lastXrNtxInjectionAt: '2025-03-01' }, 'lastXrNtxInjectionAt', '2025-03-01', /RFC 3339/);
  });

  it.each(['Mars/Olympus', 'EST5', '+05:00', '', 'America/NewYork'])('rejects the time zone %j', (zone) => {
    expectIssue({ evaluatedAt: AT, userTimeZone: zone }, 'userTimeZone', zone, /IANA/);
  });

  it('rejects a COWS score the item does not allow (sweating 7), listing its scores', () => {
    expectIssue({ evaluatedAt: AT, cowsItems: { sweating: 7 } }, 'cowsItems.sweating', 7, /0, 1, 2, 3, 4/, /sweating/);
  });

  it('rejects a COWS score inside the range but not on the scale (restlessness 2)', () => {
    expectIssue({ evaluatedAt: AT, cowsItems: { restlessness: 2 } }, 'cowsItems.restlessness', 2, /0, 1, 3, 5/);
  });

  it('rejects a fractional COWS score instead of rounding it', () => {
    expectIssue({ evaluatedAt: AT, cowsItems: { tremor: 1.5 } }, 'cowsItems.tremor', 1.5, /0, 1, 2, 4/);
  });

  it('rejects an unknown COWS item, listing the eleven items', () => {
    const issue = expectIssue({ evaluatedAt: AT, cowsItems: { sneezing: 1 } }, 'cowsItems.sneezing', 1, /restingPulse/, /goosefleshSkin/);
    expect(issue.message).toMatch(/spelling/);
  });

  it('rejects an unknown relapse sign', () => {
    expectIssue({ evaluatedAt: AT, relapseSigns: { lonely: 'yes' } }, 'relapseSigns.lonely', 'yes', /isolating/);
  });

  it('rejects a bad opioid exposure type, naming the list index', () => {
    expectIssue(
      { evaluatedAt: AT, opioidExposures: [{ type: 'short-acting', lastUseAt: '2025-03-01' }, { type: 'fentanyl', lastUseAt: '2025-03-01' }] },
      'opioidExposures.1.type',
      'fentanyl',
      /"short-acting"/,
      /"depot-buprenorphine"/,
    );
  });

  it('rejects NaN and Infinity for numeric facts', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const issues = issuesOf({ evaluatedAt: AT, altXuln: value });
      expect(issues.map((i) => i.field)).toEqual(['altXuln']);
    }
  });

  it('rejects a past event later than evaluatedAt (beyond the 5-minute skew)', () => {
    expectIssue({ evaluatedAt: AT, naloxoneGivenAt: '2025-03-15T12:06:00Z' }, 'naloxoneGivenAt', '2025-03-15T12:06:00Z', /RFC 3339/);
    expect(() => parseFacts({ evaluatedAt: AT, naloxoneGivenAt: '2025-03-15T12:05:00Z' })).not.toThrow();
  });

  it('reports every invalid field, not only the first', () => {
    const issues = issuesOf({ evaluatedAt: AT, ageYears: 121, breathingStatus: 'fine', cowsItems: { sweating: 7 }, ageyears: 3 });
    expect(issues.map((i) => i.field).sort()).toEqual(['ageYears', 'ageyears', 'breathingStatus', 'cowsItems.sweating']);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'facts'],
  ])('rejects %s as the facts object', (_label, input) => {
    const [issue] = issuesOf(input);
    expect(issue?.allowed).toMatch(/object of facts/);
  });

  // Regression (found by the property and unit suites, fixed): describeAllowed uses `in` and plain-object lookups, so inherited names leak through.
  it('describes what is allowed for a key named like an Object.prototype member ("constructor")', () => {
    const issues = issuesOf({ evaluatedAt: AT, constructor: 1 });
    expect(issues[0]?.allowed).toMatch(/known fact name/);
  });

  // Regression (found by the property and unit suites, fixed): a COWS key named "constructor" crashes with a TypeError instead of a FactsValidationError.
  it('rejects a COWS item named "constructor" with a FactsValidationError, not a crash', () => {
    const issues = issuesOf({ evaluatedAt: AT, cowsItems: { constructor: 1 } });
    expect(issues[0]?.field).toBe('cowsItems.constructor');
  });
});

describe('parseFacts: restingPulseBpm against cowsItems.restingPulse (SPEC §2E)', () => {
  const inconsistent = { evaluatedAt: AT, restingPulseBpm: 130, cowsItems: { restingPulse: 0 } };

  it('evaluation rejects a measured pulse that contradicts the recorded item, naming both', async () => {
    let caught: unknown;
    try {
      await evaluate('relapse-warnings', inconsistent);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FactsValidationError);
    const [issue] = (caught as FactsValidationError).issues;
    expect(issue?.field).toBe('restingPulseBpm');
    expect(issue?.received).toBe(130);
    expect(issue?.allowed).toMatch(/cowsItems\.restingPulse/);
    expect(issue?.message).toMatch(/130/);
  });

  it('every rule set rejects it, even those that never read COWS', async () => {
    for (const id of ['naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings'] as const) {
      await expect(evaluate(id, inconsistent)).rejects.toBeInstanceOf(FactsValidationError);
    }
  });

  it('accepts a pulse consistent with the item, fractional rates rounding up (80.2 bpm scores 1)', async () => {
    await expect(evaluate('urgent-help', { evaluatedAt: AT, restingPulseBpm: 80.2, cowsItems: { restingPulse: 1 } })).resolves.toBeDefined();
    await expect(evaluate('urgent-help', { evaluatedAt: AT, restingPulseBpm: 80.2, cowsItems: { restingPulse: 0 } })).rejects.toBeInstanceOf(
      FactsValidationError,
    );
  });

  // Regression (found by the property and unit suites, fixed): parseFacts (documented to name every invalid field) accepts the contradiction; only
  // evaluation rejects it, so a caller validating input up front is told the facts are valid.
  it('parseFacts itself rejects the contradiction', () => {
    const issues = issuesOf(inconsistent);
    expect(issues[0]?.field).toBe('restingPulseBpm');
  });
});

describe('parseFacts: unknown, null and absent are the same', () => {
  const scalarFacts = Object.entries(INPUT_FACTS)
    .filter(([name, kind]) => name !== 'evaluatedAt' && (kind.kind === 'enum' || kind.kind === 'number'))
    .map(([name]) => name);

  it.each(scalarFacts)('%s: "unknown", null and a left-out value all parse to absent', (name) => {
    const absent = parseFacts({ evaluatedAt: AT });
    for (const value of ['unknown', null, undefined]) {
      const parsed = parseFacts({ evaluatedAt: AT, [name]: value });
      expect(parsed, `${name}=${String(value)}`).not.toHaveProperty(name);
      expect(parsed).toEqual(absent);
    }
  });

  it.each(['lastOpioidUseAt', 'lastXrNtxInjectionAt'])('%s: "unknown" and null parse to absent', (name) => {
    for (const value of ['unknown', null]) expect(parseFacts({ evaluatedAt: AT, [name]: value })).not.toHaveProperty(name);
  });

  it('userTimeZone: null parses to absent', () => {
    expect(parseFacts({ evaluatedAt: AT, userTimeZone: null })).not.toHaveProperty('userTimeZone');
  });

  it('relapse signs: "unknown" and null members are dropped, known members kept', () => {
    const parsed = parseFacts({ evaluatedAt: AT, relapseSigns: { isolating: 'unknown', highStress: null, planningUse: 'no', overconfidence: 'yes' } });
    expect(parsed.relapseSigns).toEqual({ planningUse: 'no', overconfidence: 'yes' });
  });

  it('COWS items: null members are dropped, a score of 0 is kept (0 is not unknown)', () => {
    const parsed = parseFacts({ evaluatedAt: AT, cowsItems: { sweating: null, tremor: 0, yawning: 4 } });
    expect(parsed.cowsItems).toEqual({ tremor: 0, yawning: 4 });
  });

  it('opioid exposures: unknown members are dropped, the exposure is kept', () => {
    const parsed = parseFacts({ evaluatedAt: AT, opioidExposures: [{ type: 'unknown', lastUseAt: '2025-03-01' }, { type: 'long-acting', lastUseAt: null }] });
    expect(parsed.opioidExposures).toEqual([{ lastUseAt: '2025-03-01' }, { type: 'long-acting' }]);
  });

  it('naloxoneGivenAt / lastOverdoseAt: null and "never" mean no event; "unknown" and absent mean unknown', () => {
    expect(parseFacts({ evaluatedAt: AT, naloxoneGivenAt: null, lastOverdoseAt: 'never' })).toMatchObject({ naloxoneGivenAt: 'never', lastOverdoseAt: 'never' });
    const unknown = parseFacts({ evaluatedAt: AT, naloxoneGivenAt: 'unknown' });
    expect(unknown).not.toHaveProperty('naloxoneGivenAt');
    expect(unknown).not.toHaveProperty('lastOverdoseAt');
  });

  it('a "no" answer is kept as "no", never dropped as if unknown', () => {
    expect(parseFacts({ evaluatedAt: AT, fever: 'no', ageYears: 0, altXuln: 0 })).toEqual({ evaluatedAt: AT, fever: 'no', ageYears: 0, altXuln: 0 });
  });

  it('every relapse sign can be unknown', () => {
    const all = Object.fromEntries(RELAPSE_SIGNS.map((s) => [s, 'unknown']));
    expect(parseFacts({ evaluatedAt: AT, relapseSigns: all }).relapseSigns).toEqual({});
  });

  it('returns a new object and keeps known values exactly (no rounding)', () => {
    const input = { evaluatedAt: AT, altXuln: 3.0000001, restingPulseBpm: 80.5 };
    const parsed = parseFacts(input);
    expect(parsed).not.toBe(input);
    expect(parsed).toEqual(input);
  });
});

describe('evaluatedAt: required by every rule set that reads time, and always strictly formed', () => {
  it('rejects facts without evaluatedAt for a rule set that reads time, naming it', async () => {
    const error = await evaluate('naltrexone-candidacy', { ageYears: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactsValidationError);
    const issue = (error as FactsValidationError).issues[0];
    expect(issue?.field).toBe('evaluatedAt');
    expect(issue?.message).toMatch(/received nothing/);
    expect(issue?.allowed).toMatch(/RFC 3339/);
  });

  it('lets COWS, which reads no time, run without evaluatedAt', async () => {
    await expect(evaluate('cows', { cowsItems: { sweating: 1 } })).resolves.toMatchObject({ ruleSet: 'cows' });
  });

  it.each([
    ['"unknown"', 'unknown'],
    ['null', null],
    ['a number', 1_742_040_000_000],
  ])('rejects evaluatedAt given as %s', (_label, value) => {
    const issues = issuesOf({ evaluatedAt: value });
    expect(issues.map((i) => i.field)).toEqual(['evaluatedAt']);
  });

  it('keeps evaluatedAt exactly as given, whatever its offset', () => {
    expect(parseFacts({ evaluatedAt: '2025-03-15T07:00:00.123-05:00' }).evaluatedAt).toBe('2025-03-15T07:00:00.123-05:00');
  });
});
