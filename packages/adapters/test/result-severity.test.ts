import { BUILT_IN_OUTCOMES, evaluate, listRuleSets, loadRuleSet } from '@recovery-rules/core';
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
    'lapse-occurred': 'warning',
    elevated: 'warning',
    'early-warning': 'warning',
    'insufficient-information': 'warning',
    'none-detected': 'info',
  },
  cows: {
    'invalid-input': 'warning',
    severe: 'warning',
    'moderately-severe': 'warning',
    moderate: 'warning',
    mild: 'info',
    'below-mild-threshold': 'info',
    'insufficient-information': 'warning',
  },
  'overdose-risk': { high: 'warning', elevated: 'warning', 'insufficient-information': 'warning', 'no-flags-identified': 'info' },
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

  it('reads the severities a custom rule set declares', () => {
    const custom = loadRuleSet({
      id: 'custom',
      version: '1.0.0',
      title: 'Custom',
      outcomes: [
        { id: 'stop', description: 's', severity: 'critical' },
        { id: 'unsure', description: 'u', severity: 'warning' },
        { id: 'go', description: 'g', severity: 'info', reassuring: true },
      ],
      insufficientOutcome: 'unsure',
      rules: [{ id: 'R-1', outcome: 'go', fallback: true, message: 'm', sources: ['s'] }],
    });
    expect(['stop', 'unsure', 'go'].map((outcome) => resultSeverity({ ruleSet: 'custom', outcome }, custom))).toEqual(['critical', 'warning', 'info']);
  });

  it('never guesses: unknown rule sets and outcomes throw', () => {
    expect(() => resultSeverity({ ruleSet: 'no-such-set', outcome: 'mild' })).toThrow(RangeError);
    expect(() => resultSeverity({ ruleSet: 'urgent-help', outcome: 'fine' })).toThrow(/not an outcome of urgent-help/);
  });
});
