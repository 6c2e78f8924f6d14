import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { honoRoute, toNodeListener } from '../../src/http/index.js';
import { assertValidCdsResponse, assertValidDiscovery } from '../cds-hooks/support/cds-validation.js';
import { prefetchWithFacts } from '../cds-hooks/support/fake-facts-mapper.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { testHandler } from './support.js';

describe('toNodeListener', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(toNodeListener(testHandler({ maxBodyBytes: 10_000 })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves discovery and hook calls over real HTTP', async () => {
    await assertValidDiscovery(await (await fetch(`${base}/cds-services`)).json());
    const prefetch = prefetchWithFacts({ suspectedOverdose: 'yes', breathingStatus: 'absent' });
    const response = await fetch(`${base}/cds-services/${CDS_SERVICE_IDS.patientView}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patientViewRequest(prefetch)),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { cards: { indicator: string }[] };
    expect(body.cards[0]?.indicator).toBe('critical');
    await assertValidCdsResponse(body);
  });

  it('stops a chunked upload with no Content-Length at the cap with 413', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/assess`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(' '.repeat(1000));
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'body-too-large' } });
  });
});

describe('honoRoute', () => {
  it('mounts the handler in a Hono app in one line', async () => {
    const app = new Hono();
    app.all('*', honoRoute(testHandler()));
    const discovery = await app.request('/cds-services');
    expect(discovery.status).toBe(200);
    await assertValidDiscovery(await discovery.json());
    const invalid = await app.request('/assess', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid-json' } });
  });
});

describe('toNodeListener when the handler itself fails', () => {
  it('answers 500 internal instead of hanging the connection', async () => {
    const server = createServer(toNodeListener(() => Promise.reject(new Error('boom'))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/anything`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: 'internal', message: 'The server could not answer this request' } });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
