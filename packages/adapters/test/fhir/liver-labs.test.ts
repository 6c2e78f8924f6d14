import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';
import { labObservation } from './helpers.js';

const evaluatedAt = '2026-03-12T12:00:00Z';

describe('liver tests as multiples of the upper limit of normal', () => {
  it('divides the value by referenceRange.high, unrounded, and records the source', () => {
    const alt = labObservation({ id: 'alt1', loinc: '1742-6', value: 100, high: 33 });
    const mapping = factsFromFhir([alt], { evaluatedAt });
    expect(mapping.facts['altXuln']).toBeCloseTo(100 / 33, 12);
    expect(mapping.provenance['altXuln']).toEqual([{ resourceType: 'Observation', id: 'alt1', reference: 'Observation/alt1', path: 'valueQuantity / referenceRange.high' }]);
    expect(mapping.problems).toEqual([]);
  });

  it('maps AST and total bilirubin by their LOINC codes', () => {
    const mapping = factsFromFhir(
      [labObservation({ id: 'ast', loinc: '1920-8', value: 20, high: 40 }), labObservation({ id: 'bili', loinc: '1975-2', value: 2.4, high: 1.2, unit: 'mg/dL' })],
      { evaluatedAt },
    );
    expect(mapping.facts).toMatchObject({ astXuln: 0.5, bilirubinXuln: 2 });
  });

  it('never assumes a normal range: no referenceRange.high leaves the fact unknown', () => {
    const mapping = factsFromFhir([labObservation({ id: 'alt1', loinc: '1742-6', value: 25 })], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'altXuln', sources: [{ reference: 'Observation/alt1' }] }]);
  });

  it('refuses a value and a range in different units', () => {
    const mapping = factsFromFhir([labObservation({ id: 'alt1', loinc: '1742-6', value: 0.5, unit: 'ukat/L', high: 33, rangeUnit: 'U/L' })], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems[0]?.message).toMatch(/ukat\/L.*U\/L/);
  });

  it('reports a stale result (older than maxLabAgeDays) and leaves the fact unknown', () => {
    const old = labObservation({ id: 'old', loinc: '1742-6', value: 20, high: 33, effective: '2026-01-01T08:00:00Z' });
    const mapping = factsFromFhir([old], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'stale', fact: 'altXuln' }]);
    expect(factsFromFhir([old], { evaluatedAt, maxLabAgeDays: 90 }).facts['altXuln']).toBeCloseTo(20 / 33, 12);
  });

  it('reports a result dated after evaluatedAt as invalid', () => {
    const future = labObservation({ id: 'f', loinc: '1742-6', value: 20, high: 33, effective: '2026-03-13T08:00:00Z' });
    expect(factsFromFhir([future], { evaluatedAt }).problems).toMatchObject([{ kind: 'invalid', fact: 'altXuln' }]);
  });

  it('does not use a preliminary result', () => {
    const prelim = labObservation({ id: 'p', loinc: '1742-6', value: 20, high: 33, status: 'preliminary' });
    expect(factsFromFhir([prelim], { evaluatedAt }).facts).not.toHaveProperty('altXuln');
  });

  it('treats two current results that disagree as a conflict, never picking the reassuring one', () => {
    const high = labObservation({ id: 'a', loinc: '1742-6', value: 200, high: 33, effective: '2026-03-01T08:00:00Z' });
    const normal = labObservation({ id: 'b', loinc: '1742-6', value: 20, high: 33, effective: '2026-03-11T08:00:00Z' });
    const mapping = factsFromFhir([high, normal], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'altXuln', sources: [{ id: 'a' }, { id: 'b' }] }]);
  });

  it('uses a current result next to a stale one, and still reports the stale one', () => {
    const old = labObservation({ id: 'old', loinc: '1742-6', value: 300, high: 33, effective: '2025-12-01T08:00:00Z' });
    const current = labObservation({ id: 'new', loinc: '1742-6', value: 30, high: 33 });
    const mapping = factsFromFhir([old, current], { evaluatedAt });
    expect(mapping.facts['altXuln']).toBeCloseTo(30 / 33, 12);
    expect(mapping.problems).toMatchObject([{ kind: 'stale', sources: [{ id: 'old' }] }]);
  });
});

describe('units of a liver test and its range', () => {
  const withRangeUnit = (high: Record<string, unknown>) => {
    const o = labObservation({ id: 'alt', loinc: '1742-6', value: 66, high: 33 });
    return { ...o, referenceRange: [{ high: { value: 33, ...high } }] };
  };

  it('accepts a coded value against a range that only prints the same unit', () => {
    expect(factsFromFhir([withRangeUnit({ unit: 'U/L' })], { evaluatedAt }).facts['altXuln']).toBe(2);
  });

  it('refuses a range with no unit at all, and a differently printed unit (no conversion)', () => {
    for (const high of [{}, { unit: 'IU/L' }]) {
      const mapping = factsFromFhir([withRangeUnit(high)], { evaluatedAt });
      expect(mapping.facts).not.toHaveProperty('altXuln');
      expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'altXuln' }]);
    }
  });

  it('refuses a bound such as "<10" and ambiguous normal ranges', () => {
    const bound = labObservation({ id: 'b', loinc: '1742-6', value: 10, high: 33 });
    const boundMapping = factsFromFhir([{ ...bound, valueQuantity: { ...bound.valueQuantity, comparator: '<' } }], { evaluatedAt });
    expect(boundMapping.facts).not.toHaveProperty('altXuln');
    const twoRanges = labObservation({ id: 'r', loinc: '1742-6', value: 40, high: 33 });
    const ranges = [...(twoRanges.referenceRange ?? []), { high: { value: 45, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' } }];
    const rangeMapping = factsFromFhir([{ ...twoRanges, referenceRange: ranges }], { evaluatedAt });
    expect(rangeMapping.facts).not.toHaveProperty('altXuln');
    expect(rangeMapping.problems[0]?.message).toContain('ambiguous');
  });
});
