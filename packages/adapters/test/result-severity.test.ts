import { BUILT_IN_OUTCOMES, evaluate, listRuleSets } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { resultSeverity, type Severity } from '../src/index.js';

/** The documented mapping, written out in full so a change to precedence shows up here. */
const EXPECTED: Record<string, Record<string, Severity>> = {
  'naltrexone-candidacy': {
    contraindicated: 'critical',
    'needs-clinical-evaluation': 'warning',
    'not-yet': 'warning',
    'insufficient-information': 'warning',
    eligible: 'info',
  },
  'waiting-period': { 'not-computable': 'warning', computed: 'info' },
  'urgent-help': {
    'emergency-call-now': 'critical',
    'urgent-same-day': 'warning',
    'insufficient-information': 'warning',
    'contact-care-team': 'warning',
    routine: 'info',
  },
  'relapse-warnings': {
    'lapse-occurred': 'critical',
    elevated: 'warning',
    'early-warning': 'warning',
    'insufficient-information': 'warning',
    'none-detected': 'info',
  },
};

describe('resultSeverity', () => {
  it('covers every outcome of every built-in rule set', () => {
    expect(Object.fromEntries(listRuleSets().map((r) => [r.id, Object.keys(EXPECTED[r.id] ?? {})]))).toEqual(BUILT_IN_OUTCOMES);
  });

  it.each(Object.entries(EXPECTED).flatMap(([ruleSet, map]) => Object.entries(map).map(([outcome, severity]) => [ruleSet, outcome, severity])))(
    '%s / %s -> %s',
    (ruleSet, outcome, severity) => {
      expect(resultSeverity({ ruleSet, outcome })).toBe(severity);
    },
  );

  it('reads a real evaluation result', async () => {
    const result = await evaluate('urgent-help', {
      evaluatedAt: '2025-03-15T12:00:00Z',
      subjectRole: 'other-person',
      responsiveness: 'unresponsive',
    });
    expect(result.outcome).toBe('emergency-call-now');
    expect(resultSeverity(result)).toBe('critical');
  });

  it('uses a given precedence for a rule set that is not built in', () => {
    const outcomes = ['stop', 'review', 'go'];
    expect(['stop', 'review', 'go'].map((outcome) => resultSeverity({ ruleSet: 'custom', outcome }, outcomes))).toEqual([
      'critical',
      'warning',
      'info',
    ]);
  });

  it('never guesses: unknown rule sets and outcomes throw', () => {
    expect(() => resultSeverity({ ruleSet: 'cows', outcome: 'mild' })).toThrow(RangeError);
    expect(() => resultSeverity({ ruleSet: 'urgent-help', outcome: 'fine' })).toThrow(/not an outcome of urgent-help/);
  });
});
