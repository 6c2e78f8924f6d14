import { assessSync, parseFacts } from '@recovery-rules/core/sync';
import { describe, expect, it } from 'vitest';
import { generatePatient } from '../src/patients/generate-patient.js';
import { seededRandom } from '../src/patients/random.js';

describe('generatePatient', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generatePatient(seededRandom(5));
    expect(generatePatient(seededRandom(5))).toEqual(a);
    expect(generatePatient(seededRandom(6))).not.toEqual(a);
  });

  it('produces valid facts that reach a mix of outcomes in every rule set', () => {
    const random = seededRandom(1);
    const outcomes = new Map<string, Set<string>>();
    for (let i = 0; i < 300; i++) {
      const facts = generatePatient(random);
      expect(() => parseFacts(facts)).not.toThrow();
      for (const [id, result] of Object.entries(assessSync(facts).results)) {
        if (!outcomes.has(id)) outcomes.set(id, new Set());
        outcomes.get(id)?.add(result.outcome);
      }
    }
    expect(outcomes.size).toBe(6);
    for (const [id, seen] of outcomes) expect(seen.size, id).toBeGreaterThan(1);
  });
});
