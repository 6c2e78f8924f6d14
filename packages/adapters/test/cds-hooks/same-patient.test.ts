import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, createCdsHooksService } from '../../src/cds-hooks/index.js';
import { fakeFactsMapper, prefetchWithFacts } from './support/fake-facts-mapper.js';
import { medicationRequest, orderRequest, patientViewRequest, RXNORM } from './support/requests.js';

const service = createCdsHooksService({ factsFromFhir: fakeFactsMapper() });

describe("another patient's data", () => {
  it('is refused when the prefetched Patient is not the context patient', () => {
    const prefetch = { ...prefetchWithFacts({}), patient: { resourceType: 'Patient', id: 'someone-else' } };
    expect(() => service.call(CDS_SERVICE_IDS.patientView, patientViewRequest(prefetch))).toThrow(
      expect.objectContaining({ code: 'invalid-request', issues: [{ path: 'prefetch', message: expect.stringContaining('Patient/someone-else') }] }),
    );
  });

  it('is refused when a prefetched resource refers to another patient', () => {
    const observation = { resourceType: 'Observation', id: 'o1', status: 'final', subject: { reference: 'Patient/p2' }, code: { text: 'x' } };
    const prefetch = { ...prefetchWithFacts({}), conditions: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: observation }] } };
    expect(() => service.call(CDS_SERVICE_IDS.patientView, patientViewRequest(prefetch))).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });

  it('is refused when the other patient is named by an absolute reference', () => {
    const observation = { resourceType: 'Observation', id: 'o1', status: 'final', subject: { reference: 'https://ehr.example/fhir/Patient/p2' }, code: { text: 'x' } };
    const prefetch = { ...prefetchWithFacts({}), conditions: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: observation }] } };
    expect(() => service.call(CDS_SERVICE_IDS.patientView, patientViewRequest(prefetch))).toThrow(
      expect.objectContaining({ code: 'invalid-request', issues: [{ path: 'prefetch', message: expect.stringContaining('Patient/p2') }] }),
    );
  });

  it('is refused in draft orders, and the context may name the patient as Patient/id', () => {
    const foreign = { ...medicationRequest('ntx', [{ system: RXNORM, code: '7243' }]), subject: { reference: 'Patient/p2' } };
    expect(() => service.call(CDS_SERVICE_IDS.orderSign, orderRequest('order-sign', [foreign], prefetchWithFacts({})))).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ message: expect.stringContaining('MedicationRequest/ntx') })] }),
    );
    const request = patientViewRequest(prefetchWithFacts({}));
    const prefixed = { ...request, context: { ...request.context, patientId: 'Patient/p1' } };
    expect(service.call(CDS_SERVICE_IDS.patientView, prefixed).cards.length).toBeGreaterThan(0);
  });
});
