/**
 * Plain-language fact labels: `{missingFacts}` in a message names what to answer in words a person knows,
 * never the SDK's camelCase fact names.
 */
import { describe, expect, it } from 'vitest';
import {
  COWS_ITEM_SCORES,
  englishMessages,
  evaluateSync,
  FACT_LABELS_SECTION,
  factLabel,
  INPUT_FACTS,
  RELAPSE_SIGNS,
  spanishCatalog,
  spanishMessages,
} from '../../src/index.js';

/** Every name `missingFacts` can hold: each input fact, and each member of the COWS and warning-sign groups. */
const NAMES = [
  ...Object.keys(INPUT_FACTS),
  ...Object.keys(COWS_ITEM_SCORES).map((item) => `cowsItems.${item}`),
  ...RELAPSE_SIGNS.map((sign) => `relapseSigns.${sign}`),
];

describe.each([
  ['English', englishMessages],
  ['Spanish', spanishMessages],
] as const)('%s fact labels', (_language, catalog) => {
  it('label exactly the facts the SDK can ask for', () => {
    expect(Object.keys(catalog[FACT_LABELS_SECTION] ?? {}).sort()).toEqual([...NAMES].sort());
  });

  it('are short plain words, with no fact name or placeholder in them', () => {
    for (const name of NAMES) {
      const label = factLabel(catalog, name);
      expect(label.length, name).toBeLessThan(80);
      expect(label, name).toBe(label.trim());
      expect(label, name).not.toMatch(/[a-z][A-Z]|[{}]/);
    }
  });
});

describe('{missingFacts} in rendered messages', () => {
  it('names the unanswered critical signs in words, in English and in Spanish', () => {
    const facts = { evaluatedAt: '2026-11-24T10:00:00Z' };
    const english = evaluateSync('urgent-help', facts, { trace: false }).messages.find((m) => m.ruleId === 'C-I1');
    expect(english?.detail).toContain('breathing, whether they wake and respond, lip and fingernail colour');
    expect(english?.detail).not.toMatch(/breathingStatus|responsiveness|lipNailColor/);
    const spanish = evaluateSync('urgent-help', facts, { trace: false, locale: 'es', messages: spanishCatalog }).messages.find((m) => m.ruleId === 'C-I1');
    expect(spanish?.detail).toContain('la respiración, si se despierta y responde');
  });

  it('names group members by their own label (relapse warning signs)', () => {
    const result = evaluateSync('relapse-warnings', { evaluatedAt: '2026-11-24T10:00:00Z' }, { trace: false });
    const detail = result.messages.map((m) => m.detail ?? '').join(' ');
    expect(detail).toContain('pulling away from people');
    expect(detail).not.toContain('relapseSigns.');
  });

  it('falls back to the fact name for a catalog without labels, never to nothing', () => {
    expect(factLabel({}, 'breathingStatus')).toBe('breathingStatus');
  });
});
