import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATIENTS } from '../../src/playground/sample-patients.js';

const folder = fileURLToPath(new URL('../../../demo/patients/', import.meta.url));

describe('sample patients', () => {
  it('bundles every demo patient file, in file-name order', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
    expect(SAMPLE_PATIENTS.map((p) => p.file)).toEqual(files);
  });

  it('keeps each patient\'s rule set (null for a combined assessment) and facts', () => {
    for (const patient of SAMPLE_PATIENTS) {
      expect(patient.title.length, patient.file).toBeGreaterThan(10);
      expect(typeof patient.facts.evaluatedAt, patient.file).toBe('string');
    }
    expect(SAMPLE_PATIENTS.some((p) => p.ruleSet === null)).toBe(true);
    expect(SAMPLE_PATIENTS.some((p) => p.ruleSet === 'naltrexone-candidacy')).toBe(true);
  });
});
