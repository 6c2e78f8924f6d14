import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { createRateLimiter, redactLogEvent, type RequestLogEvent } from '../../src/http/index.js';
import { prefetchWithFacts } from '../cds-hooks/support/fake-facts-mapper.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { BASE, errorCode, postJson, testHandler } from './support.js';

const SERVICE = `/cds-services/${CDS_SERVICE_IDS.patientView}`;

describe('security headers', () => {
  it('are on every answer, errors and discovery included; HSTS only when configured', async () => {
    const plain = testHandler();
    for (const response of [await plain(new Request(`${BASE}/cds-services`)), await plain(postJson('/nowhere', {})), await plain(postJson(SERVICE, '{'))]) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const https = testHandler({ securityHeaders: { hsts: true } });
    expect((await https(new Request(`${BASE}/healthz`))).headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });
});

describe('rate limiting', () => {
  it('gives each client its own bucket and answers 429 with Retry-After', async () => {
    const handler = testHandler({ rateLimit: { perSecond: 1, burst: 2 }, authorize: (request) => ({ clientId: request.headers.get('x-test-client') ?? '' }) });
    const call = (client: string) => handler(postJson(SERVICE, patientViewRequest(prefetchWithFacts({})), { 'x-test-client': client }));
    expect([(await call('a')).status, (await call('a')).status]).toEqual([200, 200]);
    const limited = await call('a');
    expect([limited.status, await errorCode(limited), limited.headers.get('retry-after')]).toEqual([429, 'rate-limited', '1']);
    expect((await call('b')).status).toBe(200);
  });

  it('limits refused callers per address before checking their tokens again', async () => {
    let checks = 0;
    const handler = testHandler({ rateLimit: { perSecond: 1, burst: 2 }, authorize: () => (checks++, false) });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handler(postJson(SERVICE, patientViewRequest()), { remoteAddress: '10.9.9.9' })).status);
    expect([statuses, checks]).toEqual([[401, 401, 429], 2]);
    expect((await handler(postJson(SERVICE, patientViewRequest()), { remoteAddress: '10.9.9.10' })).status).toBe(401);
  });

  it('keys on the remote address when no client is named, and refills over time', () => {
    const limiter = createRateLimiter({ perSecond: 2, burst: 1 });
    expect(limiter('10.0.0.1', 0)).toEqual({ allowed: true });
    expect(limiter('10.0.0.1', 100)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter('10.0.0.2', 100)).toEqual({ allowed: true });
    expect(limiter('10.0.0.1', 700)).toEqual({ allowed: true });
  });
});

describe('the redacting logger', () => {
  it('logs one event per request with route, status and code, and no fact value or body', async () => {
    const events: RequestLogEvent[] = [];
    const errors: unknown[] = [];
    const handler = testHandler({ logger: (event) => events.push(event), onError: (e) => errors.push(e) });
    const facts = { lastOpioidUseAt: '2026-11-17T03:14:15Z', currentOpioidAgonistTreatment: 'methadone-3.14159', suspectedOverdose: 'no' };
    const ok = await handler(postJson(SERVICE, patientViewRequest(prefetchWithFacts(facts))), { remoteAddress: '127.0.0.1' });
    expect(ok.status).toBe(200);
    const refused = await handler(postJson('/assess', { facts: { evaluatedAt: 'not-a-date-3.14159' } }));
    expect(refused.status).toBe(422);
    expect(events).toEqual([
      { event: 'request', method: 'POST', route: 'service', serviceId: CDS_SERVICE_IDS.patientView, status: 200, durationMs: expect.any(Number), client: '127.0.0.1' },
      { event: 'request', method: 'POST', route: 'assess', status: 422, code: 'invalid-facts', durationMs: expect.any(Number), client: 'unknown' },
    ]);
    const logged = JSON.stringify([events, errors]);
    for (const value of ['3.14159', '2026-11-17', 'methadone', 'p1']) expect(logged).not.toContain(value);
  });

  it('records a refused caller without its token', async () => {
    const events: RequestLogEvent[] = [];
    const handler = testHandler({ authorize: () => false, logger: (event) => events.push(event) });
    await handler(postJson(SERVICE, patientViewRequest(), { authorization: 'Bearer secret.token.value' }));
    expect(events).toEqual([
      { event: 'auth-refused', method: 'POST' },
      { event: 'request', method: 'POST', route: 'service', serviceId: CDS_SERVICE_IDS.patientView, status: 401, code: 'unauthorized', durationMs: expect.any(Number) },
    ]);
    expect(JSON.stringify(events)).not.toContain('secret');
  });

  it('drops unknown fields and anything that is not a short plain value', () => {
    const leaky = { event: 'request', status: 200, body: { facts: { x: 3.14159 } }, code: 'value 3.14159\n{"x":1}' } as unknown as RequestLogEvent;
    expect(redactLogEvent(leaky)).toEqual({ event: 'request', status: 200 });
  });
});
