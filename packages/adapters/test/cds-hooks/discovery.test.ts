import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, createCdsHooksService, PREFETCH_TEMPLATES } from '../../src/cds-hooks/index.js';
import { assertValidCdsResponse, assertValidDiscovery } from './support/cds-validation.js';
import { fakeFactsMapper } from './support/fake-facts-mapper.js';

describe('discovery', () => {
  const service = createCdsHooksService({ factsFromFhir: fakeFactsMapper() });

  it('lists patient-view, order-select and order-sign with the prefetch templates', async () => {
    const document = service.discovery();
    expect(document.services.map((s) => [s.id, s.hook])).toEqual([
      [CDS_SERVICE_IDS.patientView, 'patient-view'],
      [CDS_SERVICE_IDS.orderSelect, 'order-select'],
      [CDS_SERVICE_IDS.orderSign, 'order-sign'],
    ]);
    for (const s of document.services) expect(s.prefetch).toEqual(PREFETCH_TEMPLATES);
    await assertValidDiscovery(document);
  });

  it('asks for every resource type factsFromFhir reads', () => {
    const queried = Object.values(PREFETCH_TEMPLATES).map((template) => template.split(/[/?]/)[0]).sort();
    // The types facts-from-fhir.ts maps; a type added there without a query here would never reach it.
    const read = ['AllergyIntolerance', 'Condition', 'MedicationRequest', 'MedicationStatement', 'Observation', 'Patient', 'QuestionnaireResponse'];
    expect(queried).toEqual(read);
  });

  it('the discovery check still fails an unknown field or a missing id', async () => {
    await expect(assertValidDiscovery({ services: [{ id: 'x', hook: 'patient-view', description: 'd', extra: 1 }] })).rejects.toThrow(/extra/);
    await expect(assertValidDiscovery({ services: [{ hook: 'patient-view', description: 'd' }] })).rejects.toThrow(/id/);
  });

  it('the card check rejects what CDS Hooks 2.0 forbids', async () => {
    const card = { uuid: 'u', summary: 's', detail: 'd', indicator: 'critical', source: { label: 'l' } };
    await assertValidCdsResponse({ cards: [card] });
    await expect(assertValidCdsResponse({ cards: [{ ...card, indicator: 'hard-stop' }] })).rejects.toThrow(/indicator/);
    await expect(assertValidCdsResponse({ cards: [{ ...card, summary: 'x'.repeat(140) }] })).rejects.toThrow(/summary/);
    await expect(assertValidCdsResponse({ cards: [{ ...card, source: {} }] })).rejects.toThrow(/label/);
  });
});
