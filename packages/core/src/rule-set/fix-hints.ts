/**
 * A one-line fix hint for each load problem, chosen from what the JSON pointer names, so every message an
 * author sees comes with the next step to take.
 */

const HINTS: readonly (readonly [RegExp, string])[] = [
  [/cycle/, 'Break the cycle: a named condition cannot use itself, directly or through other named conditions.'],
  [/"unknown"/, 'To test for a missing answer, write { "fact": …, "operator": "isUnknown", "value": true }.'],
  [/top of a condition/, 'Wrap the comparison: "conditions": { "all": [ { "fact": …, "operator": …, "value": … } ] }.'],
];

const BY_LAST_SEGMENT: Readonly<Record<string, string>> = {
  fact: 'Pick a fact from the editor completion list (Ctrl+Space) or SPEC §1; check spelling and capitals.',
  operator: 'Use equal, notEqual, in, notIn, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive or isUnknown.',
  value: "Use a value of the fact's type: one of the listed values, or a number in the fact's unit.",
  path: 'Write a plain path such as "$.isolating" that names a member of the fact.',
  outcome: 'Declare the outcome under "outcomes" at the top of the file, or use one listed there.',
  insufficientOutcome: 'Use one of the outcomes listed under "outcomes", one that is not reassuring.',
  flag: 'Declare the flag under "flags", or use one listed there.',
  condition: 'Define the named condition under "conditions" at the top of the file, or fix its name.',
  id: 'Give each rule (and outcome) its own id, normally the SPEC id such as "A-C1".',
  all: 'Put at least one condition in the group, or remove the group.',
  any: 'Put at least one condition in the group, or remove the group.',
  fallback: 'Keep a single fallback rule, with a fixed "outcome" and no conditions.',
  conditions: 'Give the rule "conditions" with "all", "any" or "not" at the top, or mark it "fallback": true.',
  severity: 'Reassuring outcomes are "info"; the insufficient-information outcome is "warning" or "critical".',
  outcomeFrom: 'Name an enumerated fact whose every value is a declared outcome (e.g. "cowsBand").',
  version: 'Use a semantic version such as "1.2.0".',
  sources: 'List at least one source, e.g. "VIV §4" or "SPEC §2A".',
  message: 'Give the key of the rule\'s message in the catalog, normally the rule id.',
};

/** The fix hint for a problem at `pointer` described by `message`. */
export function hintFor(pointer: string, message: string): string {
  for (const [pattern, hint] of HINTS) if (pattern.test(message)) return hint;
  const segments = pointer.split('/').filter((s) => s !== '' && !/^\d+$/.test(s));
  if (segments[0] === 'parameters') return "Use a number within the parameter's min and max, or a parameter the rule set declares.";
  const last = segments[segments.length - 1];
  if (last !== undefined && Object.hasOwn(BY_LAST_SEGMENT, last)) return BY_LAST_SEGMENT[last] ?? '';
  if (/needs exactly one of/.test(message)) return 'Keep exactly one of "outcome", "outcomeFrom" or "flag" on the rule.';
  if (/Unrecognized key/.test(message)) return 'Remove or rename the key; the editor lists the allowed keys (Ctrl+Space).';
  return 'See docs/rule-format.md for the shape of this part of the file.';
}
