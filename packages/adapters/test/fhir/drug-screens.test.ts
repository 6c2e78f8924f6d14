import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const CODES = { opiates: '19295-5', fentanyl: '59673-4', oxycodone: '19642-8', methadone: '19550-3', buprenorphine: '93494-3' } as const;
const NEG = { coding: [{ system: 'http://snomed.info/sct', code: '260385009' }] };
const POS = { coding: [{ system: 'http://snomed.info/sct', code: '10828004' }] };

function screen(id: string, loinc: string, value: Partial<Observation>, effective = '2026-03-11T09:00:00Z'): Observation {
  return { resourceType: 'Observation', id, status: 'final', code: { coding: [{ system: 'http://loinc.org', code: loinc }] }, effectiveDateTime: effective, ...value };
}
const fullNegativePanel = () => Object.entries(CODES).map(([name, code]) => screen(name, code, { valueCodeableConcept: NEG }));

describe('urineOpioidScreen', () => {
  it('is negative only when every opioid class is covered and negative', () => {
    const mapping = factsFromFhir(fullNegativePanel(), { evaluatedAt });
    expect(mapping.facts['urineOpioidScreen']).toBe('negative');
    expect(mapping.provenance['urineOpioidScreen']).toHaveLength(5);
  });

  it('is left unknown (incomplete) when a negative panel misses fentanyl', () => {
    const mapping = factsFromFhir(fullNegativePanel().filter((o) => o.id !== 'fentanyl'), { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('urineOpioidScreen');
    expect(mapping.problems).toMatchObject([{ kind: 'incomplete', fact: 'urineOpioidScreen' }]);
    expect(mapping.problems[0]?.message).toContain('fentanyl');
  });

  it('is left unknown when a current test could not be read, even beside a full negative panel', () => {
    const preliminary = screen('fen-prelim', CODES.fentanyl, { status: 'preliminary', valueCodeableConcept: POS });
    const unreadable = screen('opi-blank', CODES.opiates, {});
    for (const extra of [preliminary, unreadable]) {
      const mapping = factsFromFhir([...fullNegativePanel(), extra], { evaluatedAt });
      expect(mapping.facts).not.toHaveProperty('urineOpioidScreen');
      expect(mapping.problems).toContainEqual(expect.objectContaining({ kind: 'incomplete', fact: 'urineOpioidScreen' }));
    }
    const old = screen('fen-old', CODES.fentanyl, { valueCodeableConcept: POS }, '2026-01-01T09:00:00Z');
    expect(factsFromFhir([...fullNegativePanel(), old], { evaluatedAt }).facts['urineOpioidScreen']).toBe('negative');
  });

  it('is positive when any class is positive, even on a partial panel', () => {
    const mapping = factsFromFhir([screen('fen', CODES.fentanyl, { valueCodeableConcept: POS })], { evaluatedAt });
    expect(mapping.facts['urineOpioidScreen']).toBe('positive');
    expect(mapping.provenance['urineOpioidScreen']).toEqual([{ resourceType: 'Observation', id: 'fen', reference: 'Observation/fen', path: 'value[x] / interpretation' }]);
  });

  it('reads valueString and the v3 interpretation, and refuses a result whose two readings disagree', () => {
    expect(factsFromFhir([screen('a', CODES.opiates, { valueString: 'Detected' })], { evaluatedAt }).facts['urineOpioidScreen']).toBe('positive');
    const contradictory = screen('b', CODES.opiates, {
      valueString: 'Negative',
      interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'POS' }] }],
    });
    const mapping = factsFromFhir([contradictory], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('urineOpioidScreen');
    expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'urineOpioidScreen' }]);
  });

  it('is a conflict when the same class is both positive and negative', () => {
    const mapping = factsFromFhir(
      [...fullNegativePanel(), screen('opi-again', CODES.opiates, { valueCodeableConcept: POS }, '2026-03-12T08:00:00Z')],
      { evaluatedAt },
    );
    expect(mapping.facts).not.toHaveProperty('urineOpioidScreen');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'urineOpioidScreen' }]);
  });

  it('treats screens older than maxDrugScreenAgeDays (default 3) as stale', () => {
    const old = Object.entries(CODES).map(([name, code]) => screen(name, code, { valueCodeableConcept: NEG }, '2026-03-05T09:00:00Z'));
    const mapping = factsFromFhir(old, { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('urineOpioidScreen');
    expect(mapping.problems.map((p) => p.kind)).toEqual(['stale', 'stale', 'stale', 'stale', 'stale']);
    expect(factsFromFhir(old, { evaluatedAt, maxDrugScreenAgeDays: 8 }).facts['urineOpioidScreen']).toBe('negative');
  });
});

describe('a urine drug panel reported as one Observation with components', () => {
  it('reads each component, and records which component each value came from', () => {
    const panel: Observation = {
      resourceType: 'Observation',
      id: 'uds-panel',
      status: 'final',
      code: { coding: [{ system: 'http://example.org/local-lab', code: 'UDS5', display: 'Urine drug screen, opioid panel' }] },
      effectiveDateTime: '2026-03-12T08:00:00Z',
      component: Object.values(CODES).map((code) => ({ code: { coding: [{ system: 'http://loinc.org', code }] }, valueCodeableConcept: NEG })),
    };
    const mapping = factsFromFhir([panel], { evaluatedAt });
    expect(mapping.facts['urineOpioidScreen']).toBe('negative');
    expect(mapping.provenance['urineOpioidScreen']?.map((s) => s.path)).toEqual([0, 1, 2, 3, 4].map((i) => `component[${i}].value[x] / interpretation`));
    expect(mapping.provenance['urineOpioidScreen']?.[0]?.reference).toBe('Observation/uds-panel');
    expect(mapping.unmapped).toEqual([{ resourceType: 'Observation', id: 'uds-panel', system: 'http://example.org/local-lab', code: 'UDS5', display: 'Urine drug screen, opioid panel' }]);
  });
});
