import { createHash } from 'node:crypto';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/rule-set/sha256.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 300 })('agrees with node:crypto on any text', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});

describe('rule-set content hash', () => {
  it('is reported with every result and changes when any rule changes, but not with key order or $schema', async () => {
    const { builtInRuleSet, evaluate, loadRuleSet } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../rule-sets/waiting-period.json', import.meta.url), 'utf8');
    const json = JSON.parse(text) as Record<string, unknown> & { rules: { sources: string[] }[] };
    const hash = builtInRuleSet('waiting-period').contentHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await evaluate('waiting-period', { evaluatedAt: '2025-03-15T12:00:00Z' })).ruleSetHash).toBe(hash);
    const reordered = Object.fromEntries(Object.entries(json).reverse());
    expect(loadRuleSet({ ...reordered, $schema: 'elsewhere.json' }).contentHash).toBe(hash);
    const edited = structuredClone(json);
    edited.rules[0]?.sources.push('one more source');
    expect(loadRuleSet(edited).contentHash).not.toBe(hash);
  });
});
