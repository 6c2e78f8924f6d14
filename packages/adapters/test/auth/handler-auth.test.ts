import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { createCdsJwtVerifier, type AuthFailureReason } from '../../src/http/index.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { BASE, errorCode, postJson, testHandler } from '../http/support.js';
import { ISSUER, now, testClient } from './support.js';

const PATH = `/cds-services/${CDS_SERVICE_IDS.patientView}`;
const ENDPOINT = `http://service.test${PATH}`;

describe('the handler with createCdsJwtVerifier', () => {
  it('answers a signed call, and 401 without clinical data to an unsigned or replayed one', async () => {
    const client = await testClient();
    const reasons: AuthFailureReason[] = [];
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: BASE, now }, (reason) => reasons.push(reason));
    const handler = testHandler({ authorize: verifier.authorize });
    const token = await client.sign({ aud: ENDPOINT });

    const signed = await handler(postJson(PATH, patientViewRequest(), { authorization: `Bearer ${token}` }));
    expect(signed.status).toBe(200);
    expect(((await signed.json()) as { cards: unknown[] }).cards.length).toBeGreaterThan(0);

    for (const headers of [{}, { authorization: `Bearer ${token}` }]) {
      const refused = await handler(postJson(PATH, patientViewRequest(), headers));
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(await refused.json()).toEqual({ error: { code: 'unauthorized', message: 'The request is not authorized' } });
    }
    expect(reasons).toEqual(['missing-token', 'replayed']);
  });

  it('answers an over-rate client 429 without spending its token ids, so the replay cache holds at most its share', async () => {
    const client = await testClient();
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: BASE, now });
    const handler = testHandler({ authorize: verifier.authorize, rateLimit: { perSecond: 1, burst: 2 } });
    const tokens = await Promise.all(Array.from({ length: 6 }, () => client.sign({ aud: ENDPOINT })));
    const answers = [];
    for (const token of tokens) {
      const response = await handler(postJson(PATH, patientViewRequest(), { authorization: `Bearer ${token}` }));
      answers.push([response.status, response.status === 200 ? 'ok' : await errorCode(response), response.headers.get('retry-after')]);
    }
    expect(answers).toEqual([[200, 'ok', null], [200, 'ok', null], ...Array.from({ length: 4 }, () => [429, 'rate-limited', '1'])]);
    expect(verifier.replayCacheIds).toBe(2);
    // The refused tokens were not spent: each is still good once the client is within its rate.
    expect(await verifier.verify(postJson(PATH, {}, { authorization: `Bearer ${tokens[5]}` }))).toMatchObject({ subject: 'ehr-client' });
  });

  it('refuses replays of a captured token without spending the real client\'s rate limit', async () => {
    const client = await testClient();
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: BASE, now });
    const handler = testHandler({ authorize: verifier.authorize, rateLimit: { perSecond: 1, burst: 2 } });
    const captured = await client.sign({ aud: ENDPOINT });
    const call = (token: string, remoteAddress: string) =>
      handler(postJson(PATH, patientViewRequest(), { authorization: `Bearer ${token}` }), { remoteAddress });
    expect((await call(captured, '10.0.0.1')).status).toBe(200);
    // An attacker elsewhere replays the captured token, each time refused.
    for (let replay = 0; replay < 2; replay += 1) expect((await call(captured, '10.6.6.6')).status).toBe(401);
    // The client's one remaining token of its burst of two is still there for its next real call.
    expect((await call(await client.sign({ aud: ENDPOINT }), '10.0.0.1')).status).toBe(200);
  });

  it('answers 503 server-busy with Retry-After, not 401, when the replay cache is full', async () => {
    const client = await testClient();
    const reasons: AuthFailureReason[] = [];
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: BASE, now, replayCacheSize: 1 }, (reason) => reasons.push(reason));
    const handler = testHandler({ authorize: verifier.authorize, rateLimit: { perSecond: 100 } });
    const call = async () => handler(postJson(PATH, patientViewRequest(), { authorization: `Bearer ${await client.sign({ aud: ENDPOINT })}` }));
    expect((await call()).status).toBe(200);
    const busy = await call();
    expect([busy.status, busy.headers.get('retry-after'), await errorCode(busy)]).toEqual([503, '331', 'server-busy']);
    expect(reasons).toEqual(['replay-cache-full']);
  });

  it('refuses a token minted for another service even when the request names that service as its host', async () => {
    const client = await testClient();
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: BASE, now });
    const handler = testHandler({ authorize: verifier.authorize });
    const otherService = `https://other.example.org${PATH}`;
    const request = new Request(otherService, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await client.sign({ aud: otherService })}` },
      body: JSON.stringify(patientViewRequest()),
    });
    expect((await handler(request)).status).toBe(401);
  });
});
