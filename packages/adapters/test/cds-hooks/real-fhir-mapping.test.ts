/**
 * The services with their default mapping, the real `factsFromFhir`: FHIR resources in the prefetch become
 * facts and cards without any test double.
 */
import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, createCdsHooksService } from '../../src/cds-hooks/index.js';
import { assertValidCdsResponse } from './support/cds-validation.js';
import { validated } from './support/validated-service.js';
import { EVALUATED_AT, fixedNow, sequentialUuid } from './support/fake-facts-mapper.js';
import { NALTREXONE_ORDER, orderRequest, patientViewRequest } from './support/requests.js';

const FACT_VALUES = 'https://recovery-rules.example/fhir/CodeSystem/fact-values';
const QUESTIONNAIRE = 'https://recovery-rules.example/fhir/Questionnaire/recovery-facts';

function selfReport(items: Record<string, string>, authored = '2026-11-24T05:00:00Z') {
  return {
    resourceType: 'QuestionnaireResponse',
    id: 'qr1',
    questionnaire: QUESTIONNAIRE,
    status: 'completed',
    authored,
    item: Object.entries(items).map(([linkId, code]) =>
      linkId.endsWith('At') ? { linkId, answer: [{ valueDateTime: code }] } : { linkId, answer: [{ valueCoding: { system: FACT_VALUES, code } }] },
    ),
  };
}

const searchset = (...resources: object[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });
const service = validated(createCdsHooksService({ now: fixedNow, newUuid: sequentialUuid }));

describe('CDS Hooks with the real FHIR mapping', () => {
  it('does not use a paged or failed prefetch query, and says so in a warning card', async () => {
    const emergency = selfReport({ suspectedOverdose: 'yes', breathingStatus: 'absent' });
    const paged = { ...searchset(emergency), total: 2, link: [{ relation: 'next', url: 'https://ehr.example/fhir/QuestionnaireResponse?page=2' }] };
    const failed = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] };
    const prefetch = { patient: { resourceType: 'Patient', id: 'p1' }, questionnaireResponses: paged, medications: failed };
    const response = service.call(CDS_SERVICE_IDS.patientView, patientViewRequest(prefetch));
    expect(response.cards.some((card) => card.source.topic?.code === 'C-E1')).toBe(false);
    const dataCard = response.cards.find((card) => card.detail?.includes('only part of the results'));
    expect(dataCard?.indicator).toBe('warning');
    expect(dataCard?.detail).toContain('`questionnaireResponses`');
    expect(dataCard?.detail).toContain('`medications`');
    expect(response.cards.every((card) => card.indicator !== 'info' || !/routine|no warning/i.test(card.summary))).toBe(true);
    await assertValidCdsResponse(response);
  });


  it('turns a self-reported emergency into a critical first card', async () => {
    const prefetch = { patient: { resourceType: 'Patient', id: 'p1' }, questionnaireResponses: searchset(selfReport({ suspectedOverdose: 'yes', breathingStatus: 'absent' })) };
    const response = service.call(CDS_SERVICE_IDS.patientView, patientViewRequest(prefetch));
    expect(response.cards[0]).toMatchObject({ indicator: 'critical', source: { topic: { code: 'C-E1' } } });
    await assertValidCdsResponse(response);
  });

  it('lists a stale self-report as a data problem and does not use it', async () => {
    const stale = selfReport({ suspectedOverdose: 'yes', breathingStatus: 'absent' }, '2026-11-01T05:00:00Z');
    const response = service.call(CDS_SERVICE_IDS.patientView, patientViewRequest({ questionnaireResponses: searchset(stale) }));
    expect(response.cards.some((c) => c.indicator === 'critical')).toBe(false);
    expect(response.cards.at(-1)?.detail).toMatch(/stale/);
    expect(response.cards.every((c) => c.indicator !== 'info')).toBe(true);
    await assertValidCdsResponse(response);
  });

  it('checks a naltrexone order against methadone maintenance on the medication list', async () => {
    const methadone = {
      resourceType: 'MedicationStatement',
      id: 'ms1',
      status: 'active',
      subject: { reference: 'Patient/p1' },
      effectivePeriod: { start: '2026-01-01' },
      dateAsserted: EVALUATED_AT.slice(0, 10),
      medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '6813', display: 'methadone' }] },
    };
    const response = service.call(CDS_SERVICE_IDS.orderSign, orderRequest('order-sign', [NALTREXONE_ORDER], { medicationStatements: searchset(methadone) }));
    expect(response.cards[0]).toMatchObject({ indicator: 'critical', source: { topic: { code: 'A-C2' } } });
    await assertValidCdsResponse(response);
  });
});
