import type { Bundle, Patient } from '@medplum/fhirtypes';
import { FactsValidationError } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const patient = (birthDate: string): Patient => ({ resourceType: 'Patient', id: 'p', birthDate });

describe('factsFromFhir inputs and options', () => {
  it('requires a valid evaluatedAt and time zone', () => {
    expect(() => factsFromFhir([], { evaluatedAt: 'yesterday' })).toThrow(FactsValidationError);
    expect(() => factsFromFhir([], { evaluatedAt: '2026-03-12T12:00:00Z', timeZone: 'Mars/Olympus' })).toThrow(FactsValidationError);
    expect(() => factsFromFhir([], { evaluatedAt: '2026-03-12T12:00:00Z', maxLabAgeDays: 0 })).toThrow(RangeError);
  });

  it('computes completed years at the evaluation date, and the birthday itself counts', () => {
    expect(factsFromFhir(patient('2008-03-12'), { evaluatedAt: '2026-03-12T00:30:00-05:00' }).facts['ageYears']).toBe(18);
    expect(factsFromFhir(patient('2008-03-13'), { evaluatedAt: '2026-03-12T23:30:00-05:00' }).facts['ageYears']).toBe(17);
  });

  it('reports a birth date without a day instead of guessing an age', () => {
    const mapping = factsFromFhir(patient('1990-07'), { evaluatedAt: '2026-03-12T12:00:00Z' });
    expect(mapping.facts).not.toHaveProperty('ageYears');
    expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'ageYears' }]);
  });

  it('accepts a Bundle, nested Bundles, one resource or a list alike', () => {
    const inner: Bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient('1990-01-01') }] };
    const outer: Bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: inner }, { request: { method: 'GET', url: 'Patient' } }] };
    for (const input of [outer, patient('1990-01-01'), [patient('1990-01-01')]]) {
      expect(factsFromFhir(input, { evaluatedAt: '2026-03-12T12:00:00Z' }).facts['ageYears']).toBe(36);
    }
  });

  it('is pure: the same input gives the same mapping, and the input is not modified', () => {
    const input = [patient('1990-01-01')];
    const before = JSON.stringify(input);
    const a = factsFromFhir(input, { evaluatedAt: '2026-03-12T12:00:00Z' });
    const b = factsFromFhir(input, { evaluatedAt: '2026-03-12T12:00:00Z' });
    expect(a).toEqual(b);
    expect(JSON.stringify(input)).toBe(before);
  });
});
