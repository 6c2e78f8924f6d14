import { describe, expect, it } from 'vitest';
import { evaluate, FactsValidationError, UnknownRuleSetError } from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const clean = loadVectors().find((v) => v.id === 'A01')?.facts ?? {};

describe('evaluate', () => {
  it('rejects an unknown rule-set id with a typed error', async () => {
    await expect(evaluate('no-such-set' as 'waiting-period', clean)).rejects.toBeInstanceOf(UnknownRuleSetError);
  });

  it('rejects invalid facts with a typed error naming the field', async () => {
    const error = await evaluate('naltrexone-candidacy', { ...clean, ageYears: '30' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactsValidationError);
    expect((error as FactsValidationError).issues[0]).toMatchObject({ field: 'ageYears', received: '30' });
  });

  it('rejects an unknown fentanyl policy instead of falling back silently', async () => {
    await expect(evaluate('waiting-period', clean, { fentanylPolicy: 'lenient' as 'extend' })).rejects.toThrow(/fentanylPolicy/);
  });

  it('uses the longer window when fentanyl exposure is unknown, and the label window under label-only', async () => {
    const facts = { ...clean, fentanylExposure: 'unknown', lastOpioidUseAt: '2025-03-01T12:00:00Z' };
    const extended = await evaluate('waiting-period', facts);
    const labelOnly = await evaluate('waiting-period', facts, { fentanylPolicy: 'label-only' });
    expect(extended.earliestStartAt).toBe('2025-03-11T12:00:00.000Z');
    expect(labelOnly.earliestStartAt).toBe('2025-03-08T12:00:00.000Z');
    expect(extended.policy.fentanylPolicy).toBe('extend');
    expect(labelOnly.policy.fentanylPolicy).toBe('label-only');
  });

  it('gives identical results to concurrent evaluations (no engine is shared)', async () => {
    const variants = Array.from({ length: 40 }, (_, i) => ({ ...clean, ageYears: 17 + (i % 3) }));
    const sequential = [];
    for (const facts of variants) sequential.push(await evaluate('naltrexone-candidacy', facts));
    const concurrent = await Promise.all(variants.map((facts) => evaluate('naltrexone-candidacy', facts)));
    expect(concurrent).toEqual(sequential);
  });

  it('returns JSON-serialisable results', async () => {
    const result = await evaluate('naltrexone-candidacy', clean);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('traces every leaf with its truth, and marks optional facts read as absent', async () => {
    const result = await evaluate('naltrexone-candidacy', clean);
    const liver = result.rules.find((r) => r.id === 'A-N2');
    expect(liver?.status).toBe('not-fired');
    expect(liver?.conditions).toMatchObject({
      kind: 'any',
      truth: 'false',
      children: [
        { fact: 'altXuln', operator: 'greaterThan', expected: 3, actual: 1, truth: 'false' },
        { fact: 'astXuln', truth: 'false' },
        { fact: 'bilirubinXuln', truth: 'false', assumedAbsent: true },
      ],
    });
    expect(result.askNext).toContainEqual(expect.objectContaining({ fact: 'bilirubinXuln', optional: true }));
  });

  it('ranks missing facts by the most restrictive outcome they could unlock', async () => {
    const { naltrexoneHypersensitivity: _a, pregnancyStatus: _b, ...rest } = clean as Record<string, unknown>;
    const result = await evaluate('naltrexone-candidacy', rest);
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.slice(0, 2)).toEqual(['naltrexoneHypersensitivity', 'pregnancyStatus']);
    expect(result.askNext[0]).toMatchObject({ fact: 'naltrexoneHypersensitivity', couldUnlock: 'contraindicated' });
  });

  it('never reads a positive urine screen with an unknown naloxone challenge as eligible', async () => {
    const { naloxoneChallenge: _c, ...rest } = clean as Record<string, unknown>;
    const result = await evaluate('naltrexone-candidacy', { ...rest, urineOpioidScreen: 'positive' });
    expect(result.outcome).toBe('contraindicated');
    expect(result.firedRules).toContain('A-C5');
  });

  it('explains fired rules with messages, most restrictive first', async () => {
    const result = await evaluate('naltrexone-candidacy', { ...clean, lastOpioidUseAt: '2025-03-14T12:00:00Z', ageYears: 16 });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['A-N8', 'A-W1']);
    expect(result.messages[1]?.summary).toContain('2025-03-22');
  });
});
