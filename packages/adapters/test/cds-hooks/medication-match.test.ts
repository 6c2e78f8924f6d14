import { describe, expect, it } from 'vitest';
import { matchDraftOrders, readDraftOrders, RXNORM_CODES } from '../../src/cds-hooks/index.js';
import { medicationRequest, RXNORM } from './support/requests.js';

const bundle = (...resources: object[]) => ({ resourceType: 'Bundle' as const, entry: resources.map((resource) => ({ resource: resource as { resourceType: string } })) });

describe('matchDraftOrders', () => {
  it('matches every listed RxNorm code to its kind', () => {
    for (const [kind, codes] of Object.entries(RXNORM_CODES)) {
      for (const code of codes) {
        const [match] = matchDraftOrders(bundle(medicationRequest('m', [{ system: RXNORM, code }])));
        expect(match).toEqual({ kind, reference: 'MedicationRequest/m', label: code });
      }
    }
  });

  it('ignores a listed code under another system, and reads names from display or text', () => {
    expect(matchDraftOrders(bundle(medicationRequest('m', [{ system: 'http://snomed.info/sct', code: '7243' }])))).toEqual([]);
    expect(matchDraftOrders(bundle(medicationRequest('m', [], 'Morphine sulfate 15 mg tablet')))[0]?.kind).toBe('opioid');
    expect(matchDraftOrders(bundle(medicationRequest('m', [{ display: 'Oxycodone/acetaminophen' }])))[0]?.kind).toBe('opioid');
  });

  it('accepts host codes and skips resources that are not MedicationRequests', () => {
    const order = medicationRequest('m', [{ system: RXNORM, code: '1049216' }]);
    expect(matchDraftOrders(bundle(order))).toEqual([]);
    expect(matchDraftOrders(bundle(order), { extraCodes: { opioid: ['1049216'] } })[0]?.kind).toBe('opioid');
    expect(matchDraftOrders(bundle({ resourceType: 'ServiceRequest', id: 's', code: { text: 'morphine' } }))).toEqual([]);
  });
});

describe('matchDraftOrders with a contained Medication', () => {
  it('reads the code of the Medication that medicationReference points to', () => {
    const order = {
      resourceType: 'MedicationRequest',
      id: 'm',
      contained: [{ resourceType: 'Medication', id: 'med', code: { coding: [{ system: RXNORM, code: '7243' }] } }],
      medicationReference: { reference: '#med' },
    };
    expect(matchDraftOrders(bundle(order))).toEqual([{ kind: 'naltrexone', reference: 'MedicationRequest/m', label: '7243' }]);
    expect(matchDraftOrders(bundle({ ...order, medicationReference: { reference: 'Medication/med' } }))).toEqual([]);
  });
});

describe('readDraftOrders', () => {
  const referencing = (reference: string) => ({
    resourceType: 'MedicationRequest', id: 'm', status: 'draft', intent: 'order', medicationReference: { reference },
  });
  const naltrexone = { resourceType: 'Medication', id: 'med', code: { coding: [{ system: RXNORM, code: '7243' }] } };

  it('reads a Medication sent as an entry of the draft-orders Bundle, by relative reference, absolute URL or fullUrl', () => {
    const expected = { matched: [{ kind: 'naltrexone', reference: 'MedicationRequest/m', label: '7243' }], unidentified: [] };
    expect(readDraftOrders(bundle(referencing('Medication/med'), naltrexone))).toEqual(expected);
    expect(readDraftOrders(bundle(referencing('https://ehr.example.org/fhir/Medication/med/_history/2'), naltrexone))).toEqual(expected);
    const byFullUrl = { resourceType: 'Bundle' as const, entry: [{ resource: referencing('urn:uuid:5b1f') }, { fullUrl: 'urn:uuid:5b1f', resource: { ...naltrexone, id: 'other' } }] };
    expect(readDraftOrders(byFullUrl)).toEqual(expected);
  });

  it('reports an order whose medication was not sent (or has no code) as unidentified, never as "neither"', () => {
    expect(readDraftOrders(bundle(referencing('Medication/elsewhere')))).toEqual({
      matched: [],
      unidentified: [{ reference: 'MedicationRequest/m', reason: 'Medication/elsewhere was not sent with the order' }],
    });
    expect(readDraftOrders(bundle(referencing('Medication/med'), { resourceType: 'Medication', id: 'med' })).unidentified)
      .toEqual([{ reference: 'MedicationRequest/m', reason: 'Medication/med has no code' }]);
    expect(readDraftOrders(bundle({ resourceType: 'MedicationRequest', id: 'n' })).unidentified)
      .toEqual([{ reference: 'MedicationRequest/n', reason: 'the order names no medication' }]);
  });

  it('reports an order named only by codes it does not list (an NDC, a clinical drug code) as unidentified', () => {
    const ndcOnly = medicationRequest('m', [{ system: 'http://hl7.org/fhir/sid/ndc', code: '0406-0552-01' }]);
    expect(readDraftOrders(bundle(ndcOnly))).toEqual({
      matched: [],
      unidentified: [{ reference: 'MedicationRequest/m', reason: 'its medication has no name and no code this service recognises' }],
    });
    expect(readDraftOrders(bundle(medicationRequest('m', [{ system: RXNORM, code: '1049621' }]))).unidentified).toHaveLength(1);
    // A named drug that is neither kind is read, and is simply not a match.
    expect(readDraftOrders(bundle(medicationRequest('m', [{ system: RXNORM, code: '5640', display: 'ibuprofen' }])))).toEqual({ matched: [], unidentified: [] });
  });

  it('leaves unselected orders out of both lists', () => {
    expect(readDraftOrders(bundle(referencing('Medication/elsewhere')), { selections: ['MedicationRequest/other'] })).toEqual({ matched: [], unidentified: [] });
  });
});
