/**
 * Regression tests for what fuzzing found, one per finding, each named after it. Before the limits, each
 * input here ended in a stack overflow (RangeError), a TypeError, or seconds to minutes of work.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRuleSetSync, FactsValidationError, loadRuleSet, parseFacts, RuleSetLoadError, type RuleSetIssue } from '../../src/index.js';
import { safeParseRuleSetFile } from '../../src/rule-set/schema.js';
import { nested } from './hostile-values.js';

type Json = Record<string, unknown>;

/** A tiny rule set: `danger` when its condition holds, otherwise the reassuring fallback `fine`. */
function ruleSetWith(conditions: Json, named?: Json): Json {
  return {
    id: 'fuzz-finding',
    version: '1.0.0',
    title: 'Fuzz finding',
    outcomes: [
      { id: 'danger', description: 'd' },
      { id: 'insufficient', description: 'i' },
      { id: 'fine', description: 'f', reassuring: true },
    ],
    insufficientOutcome: 'insufficient',
    ...(named && { conditions: named }),
    rules: [
      { id: 'R-1', outcome: 'danger', conditions, message: 'R-1', sources: ['fuzz'] },
      { id: 'FALLBACK', outcome: 'fine', fallback: true, message: 'FALLBACK', sources: ['fuzz'] },
    ],
  };
}

function loadIssues(file: unknown, options: Parameters<typeof loadRuleSet>[1] = {}): readonly RuleSetIssue[] {
  try {
    loadRuleSet(file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetLoadError);
    return (error as RuleSetLoadError).issues;
  }
  throw new Error('the rule set loaded');
}

function timed<T>(call: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = call();
  return { value, ms: performance.now() - started };
}

/** A named condition n_i that refers to n_(i-1) twice: a small file that stands for 2^n nodes. */
function doublingChain(n: number): Json {
  const named: Json = { n0: { all: [{ fact: 'ageYears', operator: 'isUnknown', value: true }] } };
  for (let i = 1; i <= n; i += 1) named[`n${i}`] = { any: [{ condition: `n${i - 1}` }, { condition: `n${i - 1}` }] };
  return ruleSetWith({ all: [{ condition: `n${n}` }] }, named);
}

describe('fuzz findings', () => {
  it('deep-condition-stack-overflow: a condition nested 10000 levels is a load error, not a RangeError from zod', () => {
    const file = ruleSetWith({ all: [nested('not', 10_000)] });
    // The root cause: zod's recursive parse overflows the stack on such a file.
    expect(() => safeParseRuleSetFile(file)).toThrow(RangeError);
    const { value: issues, ms } = timed(() => loadIssues(file));
    expect(issues[0]?.pointer).toBe('/rules/0/conditions');
    expect(issues[0]?.hint).toContain('limits.maxConditionDepth');
    expect(ms).toBeLessThan(1000);
  });

  it('deep-condition-evaluation-overflow: the deepest nesting a caller may allow loads and evaluates correctly', () => {
    const ruleSet = loadRuleSet(ruleSetWith(nested('all', 499)), { limits: { maxConditionDepth: 500 } });
    expect(evaluateRuleSetSync(ruleSet, {}).outcome).toBe('danger');
    expect(evaluateRuleSetSync(ruleSet, { ageYears: 30 }).outcome).toBe('fine');
    expect(loadIssues(ruleSetWith(nested('all', 64)))[0]?.message).toContain('65 levels deep');
  });

  it('named-chain-stack-overflow: 20000 named conditions in a chain are refused by depth, before the recursive cycle check', () => {
    const named: Json = { c20000: { all: [{ fact: 'ageYears', operator: 'isUnknown', value: true }] } };
    for (let i = 0; i < 20_000; i += 1) named[`c${i}`] = { all: [{ condition: `c${i + 1}` }] };
    const issues = loadIssues(ruleSetWith({ all: [{ condition: 'c0' }] }, named));
    expect(issues.length).toBeLessThanOrEqual(20);
    expect(issues.some((issue) => issue.hint.includes('limits.maxConditionDepth'))).toBe(true);
  });

  it('named-condition-exponential-evaluation: shared named conditions are counted as the trees they expand to', () => {
    // 23 small named conditions stand for 2^22 nodes; with no node limit one evaluation took 7 s, each
    // further level doubling it.
    const { value: issues, ms } = timed(() => loadIssues(doublingChain(22)));
    expect(issues[0]?.hint).toContain('limits.maxNodes');
    expect(ms).toBeLessThan(1000);
    const small = loadRuleSet(doublingChain(10));
    expect(evaluateRuleSetSync(small, {}).outcome).toBe('danger');
  });

  it('wide-condition-slow-load: a condition with 200000 leaves is refused at once (it took 2.4 s to load)', () => {
    const leaf = { fact: 'ageYears', operator: 'isUnknown', value: true };
    const { value: issues, ms } = timed(() => loadIssues(ruleSetWith({ all: Array.from({ length: 200_000 }, () => leaf) })));
    expect(issues[0]?.hint).toContain('limits.maxNodes');
    expect(ms).toBeLessThan(1000);
  });

  it('bigint-fact-type-error: a BigInt fact is a FactsValidationError, not a TypeError from JSON.stringify', () => {
    expect(() => parseFacts({ ageYears: 30n })).toThrow(FactsValidationError);
    expect(() => parseFacts({ ageYears: 30n })).toThrow(/ageYears: received a bigint/);
  });

  it('deep-facts-stack-overflow: facts nested 100000 levels are a FactsValidationError', () => {
    const facts: Json = {};
    let inner = facts;
    for (let i = 0; i < 100_000; i += 1) inner = (inner['relapseSigns'] = {}) as Json;
    expect(() => parseFacts(facts)).toThrow(FactsValidationError);
  });

  it('huge-facts-list-slow-parse: a million exposures are refused before they are listed', () => {
    const exposures = Array.from({ length: 1_000_000 }, () => ({ type: 'short-acting' }));
    const { ms } = timed(() => expect(() => parseFacts({ opioidExposures: exposures })).toThrow(FactsValidationError));
    expect(ms).toBeLessThan(1000);
  });
});
