import type { AllergyIntolerance, Procedure } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const allergy = (id: string, code: string, display: string, extra: Partial<AllergyIntolerance> = {}): AllergyIntolerance => ({
  resourceType: 'AllergyIntolerance',
  id,
  patient: { reference: 'Patient/p1' },
  code: { coding: [{ system: RX, code, display }] },
  ...extra,
});

describe('AllergyIntolerance', () => {
  it('an allergy to naltrexone sets naltrexoneHypersensitivity = yes (A-C6)', () => {
    const mapping = factsFromFhir([allergy('ntx', '7243', 'naltrexone')], { evaluatedAt });
    expect(mapping.facts['naltrexoneHypersensitivity']).toBe('yes');
    expect(mapping.provenance['naltrexoneHypersensitivity']?.[0]?.reference).toBe('AllergyIntolerance/ntx');
  });

  it('a refuted or resolved naltrexone allergy sets nothing, and other allergies are listed as unmapped', () => {
    const refuted = allergy('r', '7243', 'naltrexone', { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'refuted' }] } });
    const resolved = allergy('s', '7243', 'naltrexone', { clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'resolved' }] } });
    const penicillin = allergy('pen', '7980', 'penicillin G');
    const mapping = factsFromFhir([refuted, resolved, penicillin], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('naltrexoneHypersensitivity');
    expect(mapping.unmapped).toEqual([{ resourceType: 'AllergyIntolerance', id: 'pen', system: RX, code: '7980', display: 'penicillin G' }]);
  });
});

describe('resources the mapping does not read', () => {
  it('are listed as unmapped, with their code when they have one', () => {
    const procedure: Procedure = { resourceType: 'Procedure', id: 'proc', status: 'completed', subject: { reference: 'Patient/p1' }, code: { text: 'Naloxone challenge' } };
    const mapping = factsFromFhir([procedure, { resourceType: 'Encounter', id: 'enc', status: 'finished', class: { code: 'AMB' } }], { evaluatedAt });
    expect(mapping.unmapped).toEqual([
      { resourceType: 'Procedure', id: 'proc', system: '', code: '', display: 'Naloxone challenge' },
      { resourceType: 'Encounter', id: 'enc', system: '', code: '', display: 'Encounter is not read by the FHIR mapping' },
    ]);
  });
});
