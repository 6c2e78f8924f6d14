import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS, type CardFeedback } from '../../src/cds-hooks/index.js';
import { BASE, errorCode, postJson, testHandler } from './support.js';

const FEEDBACK = `/cds-services/${CDS_SERVICE_IDS.patientView}/feedback`;
const entry = { card: 'c1', outcome: 'accepted', outcomeTimestamp: '2026-11-24T06:05:00Z' };

describe('CORS', () => {
  it('answers a preflight from an allowed origin and tags responses', async () => {
    const handler = testHandler({ cors: { origins: ['https://sandbox.cds-hooks.org'] } });
    const preflight = await handler(
      new Request(`${BASE}/cds-services/x`, {
        method: 'OPTIONS',
        headers: { origin: 'https://sandbox.cds-hooks.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://sandbox.cds-hooks.org');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    expect(preflight.headers.get('access-control-allow-private-network')).toBeNull();
    const privateNetwork = await handler(
      new Request(`${BASE}/cds-services`, {
        method: 'OPTIONS',
        headers: { origin: 'https://sandbox.cds-hooks.org', 'access-control-request-method': 'GET', 'access-control-request-private-network': 'true' },
      }),
    );
    expect(privateNetwork.headers.get('access-control-allow-private-network')).toBe('true');
    const discovery = await handler(new Request(`${BASE}/cds-services`, { headers: { origin: 'https://sandbox.cds-hooks.org' } }));
    expect(discovery.headers.get('access-control-allow-origin')).toBe('https://sandbox.cds-hooks.org');
    const error = await handler(new Request(`${BASE}/nope`, { headers: { origin: 'https://sandbox.cds-hooks.org' } }));
    expect(error.headers.get('access-control-allow-origin')).toBe('https://sandbox.cds-hooks.org');
  });

  it('gives other origins no CORS headers, and is off unless configured', async () => {
    const handler = testHandler({ cors: { origins: ['https://sandbox.cds-hooks.org'] } });
    const other = await handler(new Request(`${BASE}/cds-services`, { headers: { origin: 'https://evil.example' } }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const off = await testHandler()(new Request(`${BASE}/cds-services`, { headers: { origin: 'https://sandbox.cds-hooks.org' } }));
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const any = await testHandler({ cors: { origins: '*' } })(new Request(`${BASE}/cds-services`, { headers: { origin: 'https://a.example' } }));
    expect(any.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('feedback over HTTP', () => {
  it('records through the host callback and answers 200', async () => {
    const received: CardFeedback[] = [];
    const handler = testHandler({ onFeedback: (f) => void received.push(f) });
    const response = await handler(postJson(FEEDBACK, { feedback: [entry] }));
    expect(response.status).toBe(200);
    expect(received).toEqual([{ serviceId: CDS_SERVICE_IDS.patientView, feedback: [entry] }]);
  });

  it('answers 502 feedback-failed when the callback throws, and reports the cause to onError', async () => {
    const errors: unknown[] = [];
    const failure = new Error('disk full');
    const handler = testHandler({ onFeedback: () => { throw failure; }, onError: (e) => errors.push(e) });
    const response = await handler(postJson(FEEDBACK, { feedback: [entry] }));
    expect([response.status, await errorCode(response)]).toEqual([502, 'feedback-failed']);
    expect(errors).toEqual([failure]);
  });

  it('answers internal errors with a generic message and reports them', async () => {
    const errors: unknown[] = [];
    const handler = testHandler({ factsFromFhir: () => { throw new Error('mapper bug'); }, onError: (e) => errors.push(e) });
    const body = { hook: 'patient-view', hookInstance: 'h', context: { userId: 'u', patientId: 'p' }, prefetch: { patient: { resourceType: 'Patient' } } };
    const response = await handler(postJson(`/cds-services/${CDS_SERVICE_IDS.patientView}`, body));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'The server could not answer this request' } });
    expect(errors).toHaveLength(1);
  });
});
