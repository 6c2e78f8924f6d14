import type { CodeableConcept, MedicationRequest, MedicationStatement } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';

function statement(id: string, concept: CodeableConcept, extra: Partial<MedicationStatement> = {}): MedicationStatement {
  return { resourceType: 'MedicationStatement', id, status: 'active', medicationCodeableConcept: concept, subject: { reference: 'Patient/p1' }, ...extra };
}
function request(id: string, concept: CodeableConcept, extra: Partial<MedicationRequest> = {}): MedicationRequest {
  return { resourceType: 'MedicationRequest', id, status: 'active', intent: 'order', medicationCodeableConcept: concept, subject: { reference: 'Patient/p1' }, ...extra };
}
const rx = (code: string, display: string): CodeableConcept => ({ coding: [{ system: RX, code, display }] });

describe('medications', () => {
  it('maps sublingual buprenorphine/naloxone by its RxNorm name to buprenorphine treatment, not a depot', () => {
    const facts = factsFromFhir([request('suboxone', rx('351266', 'buprenorphine 2 MG / naloxone 0.5 MG Sublingual Tablet'))], { evaluatedAt }).facts;
    expect(facts['currentOpioidAgonistTreatment']).toBe('buprenorphine');
    expect(facts).not.toHaveProperty('opioidExposures');
  });

  it('recognises Brixadi and Probuphine by product code as depot buprenorphine', () => {
    for (const code of ['2639039', '1797655']) {
      const facts = factsFromFhir([request('depot', { coding: [{ system: RX, code }] })], { evaluatedAt }).facts;
      expect(facts['opioidExposures']).toEqual([{ type: 'depot-buprenorphine' }]);
    }
  });

  it('tells oral naltrexone from the extended-release injection, and reports an unclear form', () => {
    const oral = statement('ntx-oral', rx('7243', 'naltrexone'), { dosage: [{ route: { text: 'Oral' } }] });
    const xr = statement('ntx-xr', { text: 'Vivitrol (naltrexone) 380 mg IM every 4 weeks' });
    const unclear = statement('ntx-unclear', rx('7243', 'naltrexone'));
    expect(factsFromFhir([oral], { evaluatedAt }).facts['onNaltrexone']).toBe('oral');
    expect(factsFromFhir([xr], { evaluatedAt }).facts['onNaltrexone']).toBe('xr-injection');
    const mapping = factsFromFhir([unclear], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('onNaltrexone');
    expect(mapping.problems).toMatchObject([{ kind: 'incomplete', fact: 'onNaltrexone' }]);
  });

  it('does not mistake methylnaltrexone (for constipation) for naltrexone', () => {
    const mapping = factsFromFhir([statement('relistor', rx('', 'methylnaltrexone bromide 12 MG/0.6ML Injection'))], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('onNaltrexone');
    expect(mapping.unmapped).toHaveLength(1);
  });

  it('an opioid analgesic means a current opioid analgesic need; with a benzodiazepine, sedative co-use', () => {
    const oxy = request('oxy', rx('1049621', 'oxycodone hydrochloride 5 MG Oral Tablet'));
    const benzo = request('clonaz', rx('197527', 'clonazepam 0.5 MG Oral Tablet'));
    const mapping = factsFromFhir([oxy, benzo], { evaluatedAt });
    expect(mapping.facts).toMatchObject({ currentOrAnticipatedOpioidAnalgesicNeed: 'yes', sedativeCoUseWithOpioids: 'yes' });
    expect(mapping.provenance['sedativeCoUseWithOpioids']?.map((s) => s.id)).toEqual(['clonaz', 'oxy']);
    expect(factsFromFhir([benzo], { evaluatedAt }).facts).not.toHaveProperty('sedativeCoUseWithOpioids');
  });

  it('ignores stopped medicines and statements whose period has ended, but never infers "none"', () => {
    const stopped = statement('old-mtd', rx('6813', 'methadone'), { status: 'stopped' });
    const ended = statement('ended-mtd', rx('6813', 'methadone'), { effectivePeriod: { start: '2025-01-01', end: '2025-06-01' } });
    const facts = factsFromFhir([stopped, ended], { evaluatedAt }).facts;
    expect(facts).not.toHaveProperty('currentOpioidAgonistTreatment');
  });

  it('follows medicationReference to a contained or bundled Medication', () => {
    const contained: MedicationRequest = {
      resourceType: 'MedicationRequest',
      id: 'ref',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      medicationReference: { reference: '#med' },
      contained: [{ resourceType: 'Medication', id: 'med', code: rx('6813', 'methadone') }],
    };
    const mapping = factsFromFhir([contained], { evaluatedAt });
    expect(mapping.facts['currentOpioidAgonistTreatment']).toBe('methadone');
    expect(mapping.provenance['currentOpioidAgonistTreatment']?.[0]?.path).toBe('medicationReference.code.coding[0]');
  });

  it('makes methadone plus buprenorphine a conflict rather than choosing one', () => {
    const mapping = factsFromFhir([statement('m', rx('6813', 'methadone')), statement('b', rx('1819', 'buprenorphine'))], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('currentOpioidAgonistTreatment');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'currentOpioidAgonistTreatment' }]);
  });
});

describe('RxNorm ingredient codes without a display', () => {
  it.each([
    ['7804', 'currentOrAnticipatedOpioidAnalgesicNeed', 'yes'],
    ['10689', 'currentOrAnticipatedOpioidAnalgesicNeed', 'yes'],
    ['6813', 'currentOpioidAgonistTreatment', 'methadone'],
    ['1819', 'currentOpioidAgonistTreatment', 'buprenorphine'],
  ])('RxNorm %s sets %s = %s', (code, fact, value) => {
    expect(factsFromFhir([request('r', { coding: [{ system: RX, code }] })], { evaluatedAt }).facts[fact]).toBe(value);
  });
});
