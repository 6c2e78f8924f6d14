import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, createCdsHooksService, type CardFeedback } from '../../src/cds-hooks/index.js';
import { fakeFactsMapper } from './support/fake-facts-mapper.js';

const ID = CDS_SERVICE_IDS.patientView;
const entry = {
  card: '00000000-0000-4000-8000-000000000001',
  outcome: 'overridden',
  overrideReason: { reason: { system: 'urn:x', code: 'patient-declined' }, userComment: 'discussed' },
  outcomeTimestamp: '2026-11-24T06:05:00Z',
};

describe('feedback', () => {
  it('hands valid feedback to the host callback, with the service id', async () => {
    const received: CardFeedback[] = [];
    const service = createCdsHooksService({ factsFromFhir: fakeFactsMapper(), onFeedback: (f) => void received.push(f) });
    await service.feedback(ID, { feedback: [entry, { ...entry, outcome: 'accepted', overrideReason: undefined }] });
    expect(received).toEqual([{ serviceId: ID, feedback: [entry, expect.objectContaining({ outcome: 'accepted' })] }]);
  });

  it('fails loudly when the host cannot record it', async () => {
    const service = createCdsHooksService({
      factsFromFhir: fakeFactsMapper(),
      onFeedback: async () => Promise.reject(new Error('database down')),
    });
    await expect(service.feedback(ID, { feedback: [entry] })).rejects.toMatchObject({ code: 'feedback-failed' });
  });

  it('rejects unknown outcomes, empty feedback and timestamps without an offset', async () => {
    const service = createCdsHooksService({ factsFromFhir: fakeFactsMapper(), onFeedback: () => undefined });
    await expect(service.feedback(ID, { feedback: [{ ...entry, outcome: 'ignored' }] })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(service.feedback(ID, { feedback: [] })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(service.feedback(ID, { feedback: [{ ...entry, outcomeTimestamp: '2026-11-24T06:05:00' }] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'feedback.0.outcomeTimestamp' })],
    });
  });

  it('is not-found without a callback or for an unknown service', async () => {
    await expect(createCdsHooksService({ factsFromFhir: fakeFactsMapper() }).feedback(ID, { feedback: [entry] })).rejects.toMatchObject({ code: 'not-found' });
    const service = createCdsHooksService({ factsFromFhir: fakeFactsMapper(), onFeedback: () => undefined });
    await expect(service.feedback('nope', { feedback: [entry] })).rejects.toMatchObject({ code: 'not-found' });
  });
});
