import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const SCT = 'http://snomed.info/sct';

function status(id: string, code: string, effective = '2026-03-11'): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '82810-3', display: 'Pregnancy status' }] },
    effectiveDateTime: effective,
    valueCodeableConcept: { coding: [{ system: SCT, code }] },
  };
}

describe('pregnancyStatus from Observations', () => {
  it('reads LOINC 82810-3 answers in SNOMED CT', () => {
    expect(factsFromFhir([status('s', '77386006')], { evaluatedAt }).facts['pregnancyStatus']).toBe('pregnant');
    expect(factsFromFhir([status('s', '60001007')], { evaluatedAt }).facts['pregnancyStatus']).toBe('not-pregnant');
  });

  it('leaves an explicit "unknown" answer unknown, without a problem', () => {
    const mapping = factsFromFhir([status('s', '261665006')], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('pregnancyStatus');
    expect(mapping.problems).toEqual([]);
  });

  it('treats a status older than maxPregnancyObservationAgeDays (default 7) as stale', () => {
    const mapping = factsFromFhir([status('s', '60001007', '2026-03-01')], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('pregnancyStatus');
    expect(mapping.problems).toMatchObject([{ kind: 'stale', fact: 'pregnancyStatus' }]);
  });

  it('maps a urine hCG test: positive is pregnant', () => {
    const test: Observation = {
      resourceType: 'Observation',
      id: 'hcg',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '2106-3' }] },
      effectiveDateTime: '2026-03-12T07:00:00-05:00',
      valueCodeableConcept: { coding: [{ system: SCT, code: '10828004' }] },
    };
    expect(factsFromFhir([test], { evaluatedAt }).facts['pregnancyStatus']).toBe('pregnant');
  });

  it('refuses a partial date such as "2026-03", whose age cannot be judged', () => {
    const mapping = factsFromFhir([status('s', '60001007', '2026-03')], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('pregnancyStatus');
    expect(mapping.problems).toMatchObject([{ kind: 'invalid' }]);
  });
});
