import { describe, expect, it } from 'vitest';
import { loadRuleSet, RuleSetLoadError } from '../../src/index.js';
import { hintFor } from '../../src/rule-set/fix-hints.js';

type Json = Record<string, unknown>;
const GENERIC = hintFor('/somewhere/else', 'something odd');

function file(rule: Json, patch: Json = {}): Json {
  return {
    id: 'hints',
    version: '1.0.0',
    title: 'Hints',
    outcomes: [{ id: 'stop', description: 's' }, { id: 'unsure', description: 'u' }],
    insufficientOutcome: 'unsure',
    flags: [{ id: 'note', description: 'n' }],
    rules: [{ id: 'R-1', outcome: 'stop', message: 'R-1', sources: ['s'], conditions: { all: [{ fact: 'fever', operator: 'equal', value: 'yes' }] }, ...rule }],
    ...patch,
  };
}
const leaf = (l: Json) => ({ conditions: { all: [l] } });

const CASES: readonly [string, Json][] = [
  ['unknown fact', file(leaf({ fact: 'fevr', operator: 'equal', value: 'yes' }))],
  ['unknown operator', file(leaf({ fact: 'fever', operator: 'equals', value: 'yes' }))],
  ['wrong value', file(leaf({ fact: 'fever', operator: 'equal', value: 'maybe' }))],
  ['"unknown" as a value', file(leaf({ fact: 'fever', operator: 'equal', value: 'unknown' }))],
  ['JSONPath', file(leaf({ fact: 'relapseSigns', operator: 'equal', value: 'yes', path: '$..isolating' }))],
  ['undeclared outcome', file({ outcome: 'go' })],
  ['undeclared flag', file({ outcome: undefined, flag: 'other' })],
  ['missing named condition', file({ conditions: { all: [{ condition: 'nowhere' }] } })],
  ['empty all', file({ conditions: { all: [] } })],
  ['top-level comparison', file({ conditions: { fact: 'fever', operator: 'equal', value: 'yes' } })],
  ['cycle', file({}, { conditions: { a: { all: [{ condition: 'b' }] }, b: { all: [{ condition: 'a' }] } } })],
  ['duplicate id', { ...file({}), rules: [...((file({}) as { rules: Json[] }).rules), ...((file({}) as { rules: Json[] }).rules)] }],
];

describe('fix hints', () => {
  it.each(CASES)('%s: every problem comes with a specific hint', (_name, json) => {
    let error: unknown;
    try {
      loadRuleSet(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetLoadError);
    for (const issue of (error as RuleSetLoadError).issues) {
      expect(issue.hint, `${issue.pointer}: ${issue.message}`).not.toBe(GENERIC);
      expect(issue.hint.length).toBeGreaterThan(10);
    }
  });

  it('tells how to test for a missing answer when "unknown" is compared', () => {
    expect(hintFor('/rules/0/conditions/all/0/value', 'compare against "unknown" with the isUnknown operator instead')).toMatch(/isUnknown/);
  });
});
