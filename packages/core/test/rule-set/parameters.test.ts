import { describe, expect, it } from 'vitest';
import { assessSync, evaluate, evaluateSync, loadRuleSet, RuleSetLoadError, UnknownRuleSetError } from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const clean = loadVectors().find((v) => v.id === 'A01')?.facts ?? {};

function loadError(json: unknown, parameters?: Record<string, number>): RuleSetLoadError {
  try {
    loadRuleSet(json, parameters ? { parameters } : {});
  } catch (error) {
    if (error instanceof RuleSetLoadError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetLoadError');
}

const withParameter = (value: unknown, definition = { value: 3, min: 1, max: 10, unit: 'x', description: 'd' }) => ({
  id: 'p',
  version: '1.0.0',
  title: 'P',
  outcomes: [{ id: 'stop', description: 's' }, { id: 'unsure', description: 'u' }],
  insufficientOutcome: 'unsure',
  parameters: { limit: definition },
  rules: [{ id: 'R-1', outcome: 'stop', conditions: { all: [{ fact: 'altXuln', operator: 'greaterThan', value }] }, message: 'm', sources: ['s'] }],
});

describe('policy parameters (SPEC §7)', () => {
  it('uses the defaults and lists them in every result', async () => {
    const result = await evaluate('naltrexone-candidacy', clean);
    expect(result.parameters).toMatchObject({ liverEnzymeLimitXuln: 3, bilirubinLimitXuln: 1, markedElevationXuln: 5 });
    expect(result.overriddenParameters).toEqual([]);
  });

  it('applies an override within range, states it, and keeps the content hash of the rule set as written', async () => {
    const facts = { ...clean, altXuln: 4 };
    const byDefault = await evaluate('naltrexone-candidacy', facts);
    const raised = await evaluate('naltrexone-candidacy', facts, { parameters: { 'naltrexone-candidacy': { liverEnzymeLimitXuln: 5 } } });
    expect(byDefault.firedRules).toContain('A-N2');
    expect(raised.firedRules).not.toContain('A-N2');
    expect(raised.parameters['liverEnzymeLimitXuln']).toBe(5);
    expect(raised.overriddenParameters).toEqual(['liverEnzymeLimitXuln']);
    expect(raised.ruleSetHash).toBe(byDefault.ruleSetHash);
    const leaf = raised.rules.find((r) => r.id === 'A-N2')?.conditions;
    expect(JSON.stringify(leaf)).toContain('"expected":5');
  });

  it('applies overrides to the rule sets others read (urgent help inside candidacy and assess)', () => {
    const facts = { ...clean, breathingStatus: 'normal', pregnancyStatus: 'pregnant', lastOpioidUseAt: '2025-03-05T12:00:00Z' };
    const tight = { parameters: { 'urgent-help': { recentUseDays: 7 } } };
    const wide = { parameters: { 'urgent-help': { recentUseDays: 14 } } };
    expect(evaluateSync('urgent-help', facts, tight).firedRules).not.toContain('C-U6');
    expect(evaluateSync('urgent-help', facts, wide).firedRules).toContain('C-U6');
    expect(assessSync(facts, wide).results['naltrexone-candidacy'].firedRules).toContain('A-N12');
  });

  it('refuses an override outside the declared range, or for an unknown parameter or rule set', async () => {
    await expect(evaluate('naltrexone-candidacy', clean, { parameters: { 'naltrexone-candidacy': { liverEnzymeLimitXuln: 50 } } })).rejects.toThrow(
      /outside the allowed 1\.\.10/,
    );
    await expect(evaluate('naltrexone-candidacy', clean, { parameters: { 'naltrexone-candidacy': { liverLimit: 4 } } })).rejects.toThrow(
      /no such parameter/,
    );
    expect(() => assessSync(clean, { parameters: { 'no-such-set': { x: 1 } } })).toThrow(UnknownRuleSetError);
  });

  it('rejects a reference to an undeclared parameter and a default outside its range, with pointers', () => {
    expect(loadError(withParameter({ param: 'limt' })).issues[0]).toMatchObject({ pointer: '/rules/0/conditions/all/0/value', message: expect.stringMatching(/no parameter "limt"/) });
    expect(loadError(withParameter({ param: 'limit' }, { value: 20, min: 1, max: 10, unit: 'x', description: 'd' })).issues[0]?.pointer).toBe('/parameters/limit');
    expect(loadError(withParameter({ param: 'limit' }), { limit: 0 }).issues[0]?.message).toMatch(/outside/);
  });
});
