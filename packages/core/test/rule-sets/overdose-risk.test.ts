import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const clean = loadVectors().find((v) => v.id === 'F01')?.facts ?? {};

describe('overdose-risk (SPEC §2F)', () => {
  it('raises the get-naloxone flag when naloxone on hand is unknown, and never says no flags', async () => {
    const { naloxoneOnHand: _n, ...rest } = clean as Record<string, unknown>;
    const result = await evaluate('overdose-risk', rest);
    expect(result.flags).toContain('get-naloxone');
    expect(result.outcome).toBe('insufficient-information');
  });

  it('keeps the level when only the naloxone flag fires', async () => {
    const result = await evaluate('overdose-risk', { ...clean, naloxoneOnHand: 'no' });
    expect(result.outcome).toBe('no-flags-identified');
    expect(result.flags).toEqual(['get-naloxone']);
  });

  it('flags fading blockade 28 days after the last injection (F-2)', async () => {
    const result = await evaluate('overdose-risk', { ...clean, lastXrNtxInjectionAt: '2025-02-15T12:00:00Z' });
    expect(result.outcome).toBe('elevated');
    expect(result.firedRules).toContain('F-2');
  });

  it('treats an unknown overdose history as unknown, not as none', async () => {
    const { lastOverdoseAt: _o, ...rest } = clean as Record<string, unknown>;
    const result = await evaluate('overdose-risk', rest);
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts).toContain('lastOverdoseAt');
  });
});

describe('overdose-risk: a naloxone rescue is a previous overdose (F-6)', () => {
  it('flags F-6 after a rescue even when lastOverdoseAt says never', async () => {
    const result = await evaluate('overdose-risk', { ...clean, naloxoneGivenAt: '2025-03-01T12:00:00Z' });
    expect(result.firedRules).toContain('F-6');
    expect(result.outcome).toBe('elevated');
  });
});
