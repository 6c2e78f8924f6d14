import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, isBuiltInRuleSetId } from '../../src/index.js';
import { expectVector } from './expect-vector.js';
import { loadVectors, VECTORS_PATH } from './load-vectors.js';

const SHARED = fileURLToPath(new URL('../../../../../shared/clinical/vectors.json', import.meta.url));
const implemented = loadVectors().filter((v) => isBuiltInRuleSetId(v.ruleSetId));

describe('SPEC vectors through the public API', () => {
  it.each(implemented.map((v) => [v.id, v] as const))('%s', async (_id, vector) => {
    if (!isBuiltInRuleSetId(vector.ruleSetId)) throw new Error('filtered above');
    const result = await evaluate(vector.ruleSetId, vector.facts);
    expectVector(vector, result as unknown as Record<string, unknown>);
  });

  it('covers every A and B vector', () => {
    expect(implemented.filter((v) => v.ruleSetLetter === 'A').length).toBe(23);
    expect(implemented.filter((v) => v.ruleSetLetter === 'B').length).toBe(3);
  });

  it.runIf(existsSync(SHARED))('keeps the committed copy identical to shared/clinical/vectors.json', () => {
    expect(readFileSync(VECTORS_PATH, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });
});
