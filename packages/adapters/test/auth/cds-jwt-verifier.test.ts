import { describe, expect, it } from 'vitest';
import { createCdsJwtVerifier, replayShareOfClient, type AuthFailureReason, type CdsJwtVerifierOptions } from '../../src/auth/index.js';
import { MAX_JTI_LENGTH } from '../../src/auth/cds-jwt-verifier.js';
import { b64, ISSUER, now, NOW_SECONDS, requestWith, serveJwks, SERVICE_URL, testClient, type TestClient } from './support.js';

function verifierFor(client: TestClient, extra: Partial<CdsJwtVerifierOptions> = {}) {
  return createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: 'https://cds.example.org', now, ...extra });
}

async function reason(promise: Promise<unknown>): Promise<AuthFailureReason | 'accepted'> {
  return promise.then(
    () => 'accepted' as const,
    (error: { reason: AuthFailureReason }) => error.reason,
  );
}

describe('createCdsJwtVerifier', () => {
  it('accepts a valid token and names the client', async () => {
    const client = await testClient();
    const verified = await verifierFor(client).verify(requestWith(await client.sign({ tenant: 'clinic-7' })));
    expect(verified).toEqual({ issuer: ISSUER, subject: 'ehr-client', clientId: `${ISSUER} ehr-client`, tenant: 'clinic-7' });
  });

  it('refuses an expired token, and one that claims to live longer than five minutes', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    expect(await reason(verifier.verify(requestWith(await client.sign({ iat: NOW_SECONDS - 400, exp: NOW_SECONDS - 100 }))))).toBe('expired');
    expect(await reason(verifier.verify(requestWith(await client.sign({ exp: NOW_SECONDS + 3600 }))))).toBe('lifetime-too-long');
  });

  it('refuses a token for another endpoint or another service', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    expect(await reason(verifier.verify(requestWith(await client.sign({ aud: 'https://other.example.org/cds-services/x' }))))).toBe('wrong-audience');
    const otherEndpoint = requestWith(await client.sign(), 'https://cds.example.org/cds-services/recovery-rules-order-sign');
    expect(await reason(verifier.verify(otherEndpoint))).toBe('wrong-audience');
  });

  it('refuses an unknown issuer, even with a valid signature', async () => {
    const client = await testClient();
    expect(await reason(verifierFor(client).verify(requestWith(await client.sign({ iss: 'https://evil.example.org' }))))).toBe('unknown-issuer');
  });

  it('refuses a replayed jti, and accepts the next fresh token', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    const token = await client.sign({ jti: 'once-only' });
    expect(await reason(verifier.verify(requestWith(token)))).toBe('accepted');
    expect(await reason(verifier.verify(requestWith(token)))).toBe('replayed');
    expect(await reason(verifier.verify(requestWith(await client.sign())))).toBe('accepted');
  });

  it('refuses a tampered payload and a signature from another key', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    const [header, , signature] = (await client.sign()).split('.');
    const tampered = `${header}.${b64({ iss: ISSUER, sub: 'admin', aud: SERVICE_URL, iat: NOW_SECONDS, exp: NOW_SECONDS + 300, jti: 'x' })}.${signature}`;
    expect(await reason(verifier.verify(requestWith(tampered)))).toBe('bad-signature');
    const impostor = await testClient();
    expect(await reason(verifier.verify(requestWith(await impostor.sign())))).toBe('bad-signature');
  });

  it('refuses alg none and HS256, whatever the configuration lists', async () => {
    const client = await testClient();
    const verifier = verifierFor(client, { algorithms: ['none', 'HS256', 'ES384'] });
    const claims = { iss: ISSUER, sub: 'ehr-client', aud: SERVICE_URL, iat: NOW_SECONDS, exp: NOW_SECONDS + 300, jti: 'n' };
    expect(await reason(verifier.verify(requestWith(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`)))).toBe('algorithm-not-allowed');
    const hs = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${Buffer.from('mac').toString('base64url')}`;
    expect(await reason(verifier.verify(requestWith(hs)))).toBe('algorithm-not-allowed');
  });

  it('refuses a missing or malformed header, and tokens without jti or iat', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    expect(await reason(verifier.verify(requestWith(undefined)))).toBe('missing-token');
    expect(await reason(verifier.verify(requestWith('not-a-jwt')))).toBe('malformed-token');
    expect(await reason(verifier.verify(requestWith(await client.sign({ jti: undefined }))))).toBe('invalid-claims');
    expect(await reason(verifier.verify(requestWith(await client.sign({ iat: undefined }))))).toBe('invalid-claims');
  });

  it('follows a jku only when it is on the issuer allow-list', async () => {
    const client = await testClient();
    const served = await serveJwks(client.jwks);
    try {
      const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, allowedJku: [served.url] }], publicBaseUrl: 'https://cds.example.org', now });
      expect(await reason(verifier.verify(requestWith(await client.sign({}, { jku: served.url }))))).toBe('accepted');
      const elsewhere = served.url.replace('jwks.json', 'other.json');
      expect(await reason(verifier.verify(requestWith(await client.sign({}, { jku: elsewhere }))))).toBe('jku-not-allowed');
    } finally {
      await served.stop();
    }
  });

  it('refuses configurations that could not be safe', () => {
    const publicBaseUrl = 'https://cds.example.org';
    expect(() => createCdsJwtVerifier({ issuers: [], publicBaseUrl })).toThrow(/at least one/);
    expect(() => createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwksUrl: 'http://keys.example.org/jwks' }], publicBaseUrl })).toThrow(/https/);
    expect(() => createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: { keys: [] } }], publicBaseUrl, algorithms: ['HS256', 'none'] })).toThrow(/asymmetric/);
  });

  it('requires the expected audience at construction: it is never taken from the Host header', async () => {
    const client = await testClient();
    const issuers = [{ issuer: ISSUER, jwks: client.jwks }];
    expect(() => createCdsJwtVerifier({ issuers } as unknown as CdsJwtVerifierOptions)).toThrow(/publicBaseUrl is required/);
    for (const publicBaseUrl of ['', 'cds.example.org', 'ftp://cds.example.org', 'https://cds.example.org/?x=1', 'https://user@cds.example.org']) {
      expect(() => createCdsJwtVerifier({ issuers, publicBaseUrl })).toThrow(/publicBaseUrl/);
    }
    // A token minted for another service, presented with that service's host name: refused.
    const forOther = await client.sign({ aud: 'https://other.example.org/cds-services/recovery-rules-patient-view' });
    const spoofedHost = requestWith(forOther, 'https://other.example.org/cds-services/recovery-rules-patient-view');
    expect(await reason(verifierFor(client).verify(spoofedHost))).toBe('wrong-audience');
    // A trailing slash on the configured URL does not matter.
    expect(await reason(verifierFor(client, { publicBaseUrl: 'https://cds.example.org/' }).verify(requestWith(await client.sign())))).toBe('accepted');
  });

  it('refuses a token id longer than a nonce needs, since each is held in memory for minutes', async () => {
    const client = await testClient();
    expect(await reason(verifierFor(client).verify(requestWith(await client.sign({ jti: 'x'.repeat(MAX_JTI_LENGTH + 1) }))))).toBe('invalid-claims');
    expect(await reason(verifierFor(client).verify(requestWith(await client.sign({ jti: 'x'.repeat(MAX_JTI_LENGTH) }))))).toBe('accepted');
  });

  it('asks the admission check before spending the jti: a refused client keeps its token unspent', async () => {
    const client = await testClient();
    const verifier = verifierFor(client);
    const token = await client.sign();
    const refused = await verifier.verify(requestWith(token), () => ({ allowed: false, retryAfterSeconds: 3 })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'rate-limited', retryAfterSeconds: 3 });
    expect(verifier.replayCacheIds).toBe(0);
    const asked: string[] = [];
    expect(await verifier.verify(requestWith(token), (clientId) => (asked.push(clientId), { allowed: true }))).toMatchObject({ clientId: `${ISSUER} ehr-client` });
    expect([asked, verifier.replayCacheIds]).toEqual([[`${ISSUER} ehr-client`], 1]);
  });

  it("sizes each client's share of the replay cache from its rate limit, and turns it away past its share", async () => {
    expect(replayShareOfClient({ perSecond: 20 })).toBe(40 + 20 * 360);
    const client = await testClient();
    // 1 per second, burst 1, ids kept for 10 s: a share of 11 ids.
    const verifier = verifierFor(client, { clientRateLimit: { perSecond: 1, burst: 1 }, maxLifetimeSeconds: 10, clockToleranceSeconds: 0 });
    const short = () => client.sign({ exp: NOW_SECONDS + 10 });
    for (let i = 0; i < 11; i++) expect(await reason(verifier.verify(requestWith(await short())))).toBe('accepted');
    const overShare = await verifier.authorize(requestWith(await short())).catch((error: unknown) => error);
    expect(overShare).toMatchObject({ reason: 'rate-limited', retryAfterSeconds: 11 });
  });

  it('when the replay cache is full, rejects with replay-cache-full (not a refusal of the token) and says when to retry', async () => {
    const client = await testClient();
    const reasons: AuthFailureReason[] = [];
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], publicBaseUrl: 'https://cds.example.org', now, replayCacheSize: 1 }, (r) => reasons.push(r));
    expect(await verifier.authorize(requestWith(await client.sign()))).not.toBe(false);
    const busy = await verifier.authorize(requestWith(await client.sign())).catch((error: unknown) => error);
    expect(busy).toMatchObject({ reason: 'replay-cache-full', retryAfterSeconds: 300 + 30 + 1 });
    expect(await verifier.authorize(requestWith(undefined))).toBe(false);
    expect(reasons).toEqual(['replay-cache-full', 'missing-token']);
  });
});
