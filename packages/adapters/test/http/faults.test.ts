/**
 * Fault injection: the host's FHIR fetcher and feedback store fail or hang. Each fault gets a clear error
 * with a stable code and never cards; the handler keeps working and the next request succeeds.
 */
import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, PREFETCH_TEMPLATES } from '../../src/cds-hooks/index.js';
import type { PrefetchFetcher } from '../../src/http/index.js';
import { fakeFactsMapper, prefetchWithFacts } from '../cds-hooks/support/fake-facts-mapper.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { postJson, testHandler } from './support.js';

const SERVICE = `/cds-services/${CDS_SERVICE_IDS.patientView}`;
const FEEDBACK = `${SERVICE}/feedback`;
const entry = { card: 'c1', outcome: 'accepted', outcomeTimestamp: '2026-11-24T06:05:00Z' };
const URGENT = { suspectedOverdose: 'yes', breathingStatus: 'absent' };
const never = () => new Promise<never>(() => undefined);

async function bodyOf(response: Response) {
  return [response.status, await response.json()] as const;
}

describe('a failing or slow FHIR fetcher', () => {
  it('is not called for a malformed request or an unknown service: those are answered first', async () => {
    const asked: unknown[] = [];
    const handler = testHandler({ fetchPrefetch: async (request) => (asked.push(request), prefetchWithFacts(URGENT)) });
    const { hookInstance: _dropped, ...noInstance } = patientViewRequest() as Record<string, unknown>;
    const cases: Array<[string, unknown, number]> = [
      [SERVICE, noInstance, 400],
      [SERVICE, { ...patientViewRequest(), fhirServer: 'not a url' }, 400],
      [SERVICE, { ...patientViewRequest(), hook: 'order-sign' }, 400],
      [SERVICE, { ...patientViewRequest(), context: {} }, 400],
      ['/cds-services/no-such-service', patientViewRequest(), 404],
    ];
    for (const [path, body, status] of cases) expect((await handler(postJson(path, body))).status).toBe(status);
    expect(asked).toEqual([]);
    expect((await handler(postJson(SERVICE, patientViewRequest()))).status).toBe(200);
    expect(asked).toHaveLength(1);
  });

  it('answers 502 upstream-failed, never cards, and the next call succeeds', async () => {
    let fail = true;
    const fetcher: PrefetchFetcher = async () => {
      if (fail) throw new Error('FHIR server 500 with Patient/p1 in the message');
      return prefetchWithFacts(URGENT);
    };
    const handler = testHandler({ fetchPrefetch: fetcher });
    const [status, body] = await bodyOf(await handler(postJson(SERVICE, patientViewRequest())));
    expect([status, body]).toEqual([502, { error: { code: 'upstream-failed', message: expect.stringContaining('no cards') } }]);
    expect(JSON.stringify(body)).not.toContain('Patient/p1');
    fail = false;
    const next = await handler(postJson(SERVICE, patientViewRequest()));
    expect(next.status).toBe(200);
    expect(((await next.json()) as { cards: { indicator: string }[] }).cards[0]?.indicator).toBe('critical');
  });

  it('answers 504 upstream-timeout when the fetcher hangs, aborting its signal, and keeps serving', async () => {
    const signals: AbortSignal[] = [];
    const handler = testHandler({ upstreamTimeoutMs: 50, fetchPrefetch: ({ signal }) => (signals.push(signal), never()) });
    const [status, body] = await bodyOf(await handler(postJson(SERVICE, patientViewRequest())));
    expect([status, (body as { error: { code: string } }).error.code]).toEqual([504, 'upstream-timeout']);
    expect(signals[0]?.aborted).toBe(true);
    const complete = await handler(postJson(SERVICE, patientViewRequest(prefetchWithFacts(URGENT))));
    expect(complete.status).toBe(200);
  });

  it('is asked only for the missing keys, and is not called when the prefetch is complete', async () => {
    const asked: (readonly string[])[] = [];
    const handler = testHandler({ fetchPrefetch: async ({ missingKeys }) => (asked.push(missingKeys), {}) });
    const { observations: _o, ...partial } = prefetchWithFacts(URGENT);
    await handler(postJson(SERVICE, patientViewRequest(partial)));
    await handler(postJson(SERVICE, patientViewRequest(prefetchWithFacts(URGENT))));
    expect(asked).toEqual([['observations']]);
  });

  it('leaves keys it could not fetch missing, so the cards say data is missing rather than reassure', async () => {
    const handler = testHandler({ factsFromFhir: fakeFactsMapper(), fetchPrefetch: async () => ({ patient: { resourceType: 'Patient', id: 'p1' } }) });
    const response = await handler(postJson(SERVICE, patientViewRequest()));
    const { cards } = (await response.json()) as { cards: { indicator: string; summary: string }[] };
    const partOfChart = cards.filter((card) => /only part of the chart/.test(card.summary));
    expect(partOfChart).toHaveLength(1);
    const results = cards.filter((card) => !partOfChart.includes(card));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((card) => card.indicator !== 'info')).toBe(true);
  });

  it('answers 502 when the fetcher returns something that is not a data object', async () => {
    const handler = testHandler({ fetchPrefetch: async () => null as unknown as Record<string, unknown> });
    expect((await handler(postJson(SERVICE, patientViewRequest()))).status).toBe(502);
    expect(Object.keys(PREFETCH_TEMPLATES)).toContain('observations');
  });
});

describe('a failing or slow feedback store', () => {
  it('answers 502 feedback-failed, then records the next feedback', async () => {
    const recorded: unknown[] = [];
    let fail = true;
    const handler = testHandler({ onFeedback: (feedback) => { if (fail) throw new Error('disk full'); recorded.push(feedback); } });
    expect((await bodyOf(await handler(postJson(FEEDBACK, { feedback: [entry] }))))[0]).toBe(502);
    fail = false;
    expect((await handler(postJson(FEEDBACK, { feedback: [entry] }))).status).toBe(200);
    expect(recorded).toHaveLength(1);
  });

  it('answers 504 upstream-timeout when the store hangs, and hook calls still work', async () => {
    const handler = testHandler({ upstreamTimeoutMs: 50, onFeedback: never });
    const [status, body] = await bodyOf(await handler(postJson(FEEDBACK, { feedback: [entry] })));
    expect([status, (body as { error: { code: string } }).error.code]).toEqual([504, 'upstream-timeout']);
    expect((await handler(postJson(SERVICE, patientViewRequest(prefetchWithFacts(URGENT))))).status).toBe(200);
  });
});

describe('the request time limit', () => {
  it('answers 503 timeout when the body never finishes arriving', async () => {
    const handler = testHandler({ requestTimeoutMs: 50 });
    const stalled = new Request(`http://service.test${SERVICE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"hook":')) }),
      duplex: 'half',
    } as RequestInit);
    const [status, body] = await bodyOf(await handler(stalled));
    expect([status, (body as { error: { code: string } }).error.code]).toEqual([503, 'timeout']);
  });
});
