import type { Condition } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';

function condition(id: string, system: string, code: string, extra: Partial<Condition> = {}): Condition {
  return {
    resourceType: 'Condition',
    id,
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    code: { coding: [{ system, code }] },
    subject: { reference: 'Patient/p1' },
    ...extra,
  };
}
const SCT = 'http://snomed.info/sct';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';

describe('Conditions', () => {
  it('maps acute hepatitis and hepatic failure from SNOMED CT', () => {
    const facts = factsFromFhir([condition('h', SCT, '37871000'), condition('f', SCT, '59927004')], { evaluatedAt }).facts;
    expect(facts).toMatchObject({ acuteHepatitis: 'yes', liverFailure: 'yes' });
  });

  it('maps ICD-10-CM codes by category, with or without the dot', () => {
    const facts = factsFromFhir([condition('b', ICD10CM, 'B17.10'), condition('k', ICD10CM, 'K7200'), condition('z', ICD10CM, 'Z33.1')], { evaluatedAt }).facts;
    expect(facts).toMatchObject({ acuteHepatitis: 'yes', liverFailure: 'yes', pregnancyStatus: 'pregnant' });
  });

  it('ignores resolved, refuted and abated Conditions, and never turns their absence into "no"', () => {
    const resolved = condition('r', SCT, '59927004', { clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }] } });
    const refuted = condition('x', SCT, '37871000', { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'refuted' }] } });
    const { clinicalStatus: _omit, ...noStatus } = condition('a', SCT, '77386006', { abatementDateTime: '2025-10-01' });
    const mapping = factsFromFhir([resolved, refuted, noStatus], { evaluatedAt });
    expect(Object.keys(mapping.facts)).toEqual(['evaluatedAt']);
    expect(mapping.unmapped).toEqual([]);
  });

  it('counts a provisional diagnosis: caution does not wait for confirmation', () => {
    const provisional = condition('p', SCT, '59927004', { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional' }] } });
    expect(factsFromFhir([provisional], { evaluatedAt }).facts['liverFailure']).toBe('yes');
  });
});

describe('postpartum state', () => {
  it('is postpartum-within-12-months only with an onset date in the last 365 days', () => {
    const recent = condition('pp', SCT, '86569001', { onsetDateTime: '2025-11-02' });
    expect(factsFromFhir([recent], { evaluatedAt }).facts['pregnancyStatus']).toBe('postpartum-within-12-months');
    const old = factsFromFhir([condition('pp', SCT, '86569001', { onsetDateTime: '2024-12-01' })], { evaluatedAt });
    expect(old.facts).not.toHaveProperty('pregnancyStatus');
    expect(old.problems).toMatchObject([{ kind: 'stale', fact: 'pregnancyStatus' }]);
    const undated = factsFromFhir([condition('pp', SCT, '86569001')], { evaluatedAt });
    expect(undated.facts).not.toHaveProperty('pregnancyStatus');
    expect(undated.problems).toMatchObject([{ kind: 'incomplete', fact: 'pregnancyStatus' }]);
  });
});
