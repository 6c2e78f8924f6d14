import type { Observation, Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';
import { labObservation } from './helpers.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const patient = (id: string, birthDate: string): Patient => ({ resourceType: 'Patient', id, birthDate });
const altFor = (id: string, subject: string, value: number): Observation => ({ ...labObservation({ id, loinc: '1742-6', value, high: 40 }), subject: { reference: subject } });

describe('data about more than one patient', () => {
  const mixed = [patient('p1', '1990-01-01'), altFor('alt-p1', 'Patient/p1', 20), patient('p2', '1950-01-01'), altFor('alt-p2', 'https://ehr.example.org/fhir/Patient/p2', 400)];

  it('is not mapped at all unless a subject is chosen', () => {
    const mapping = factsFromFhir(mixed, { evaluatedAt });
    expect(Object.keys(mapping.facts)).toEqual(['evaluatedAt']);
    expect(mapping.problems).toMatchObject([{ kind: 'conflict' }]);
    expect(mapping.problems[0]?.message).toContain('Patient/p1, Patient/p2');
  });

  it('with a subject, uses only that patient\'s data and reports the rest', () => {
    const mapping = factsFromFhir(mixed, { evaluatedAt, subject: 'Patient/p1' });
    expect(mapping.facts).toMatchObject({ ageYears: 36, altXuln: 0.5 });
    expect(mapping.problems.map((p) => p.sources[0]?.reference)).toEqual(['Patient/p2', 'Observation/alt-p2']);
  });

  it('refuses a subject that is not a Patient reference', () => {
    expect(() => factsFromFhir(mixed, { evaluatedAt, subject: 'Group/g1' })).toThrow(RangeError);
  });
});
