import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { describe, expect, it } from 'vitest';
import { postJson, runService } from './support/run-service.js';

const ISSUER = 'https://ehr.example.org';
const sample = async (name: string) => JSON.parse(await readFile(new URL(`../samples/${name}`, import.meta.url), 'utf8')) as unknown;

/** A client key, the AUTH_CONFIG file trusting it, and a signer for `aud`. */
async function trustedClient(extraConfig: Record<string, unknown> = {}) {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' };
  const config = join(await mkdtemp(join(tmpdir(), 'cds-auth-')), 'auth.json');
  await writeFile(config, JSON.stringify({ issuers: [{ issuer: ISSUER, jwks: { keys: [jwk] } }], ...extraConfig }));
  return { config, tokenFor: (aud: string) => signed(privateKey, aud) };
}

function signed(privateKey: CryptoKey, aud: string): Promise<string> {
  return new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg: 'ES384', kid: 'k1', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject('ehr-client')
    .setAudience(aud)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

/** POSTs with a chosen Host header (fetch does not let a caller set it; an attacker's client does). */
function postWithHost(url: string, host: string, body: unknown, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { host, 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('authentication in the example service', () => {
  it('is on by default: without AUTH_CONFIG or RR_AUTH=off the service refuses to start', async () => {
    await expect(runService({ RR_AUTH: 'on' })).rejects.toThrow(/AUTH_CONFIG/);
  });

  it('runs open only on loopback', async () => {
    await expect(runService({ RR_AUTH: 'off', HOST: '0.0.0.0' })).rejects.toThrow(/loopback/);
    const open = await runService({}, ['--insecure-open-loopback']);
    await open.stop();
    expect(open.output()).toContain('authentication is off');
  });

  it('off loopback, refuses a config without publicBaseUrl (the audience would come from the Host header)', async () => {
    const config = join(await mkdtemp(join(tmpdir(), 'cds-auth-')), 'auth.json');
    await writeFile(config, JSON.stringify({ issuers: [{ issuer: ISSUER, jwksUrl: 'https://ehr.example.org/jwks' }] }));
    await expect(runService({ AUTH_CONFIG: config, HOST: '0.0.0.0' })).rejects.toThrow(/publicBaseUrl/);
  });

  it('with AUTH_CONFIG, answers a signed call and refuses an unsigned one with 401 and no cards', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES384');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' };
    const config = join(await mkdtemp(join(tmpdir(), 'cds-auth-')), 'auth.json');
    await writeFile(config, JSON.stringify({ issuers: [{ issuer: ISSUER, jwks: { keys: [jwk] } }] }));
    const service = await runService({ AUTH_CONFIG: config });
    try {
      const endpoint = `${service.url}/cds-services/recovery-rules-patient-view`;
      const token = await new SignJWT({ jti: randomUUID() })
        .setProtectedHeader({ alg: 'ES384', kid: 'k1', typ: 'JWT' })
        .setIssuer(ISSUER)
        .setSubject('ehr-client')
        .setAudience(endpoint)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      const body = await sample('patient-view-request.json');
      const signed = await postJson(endpoint, body, { authorization: `Bearer ${token}` });
      expect(signed.status).toBe(200);
      const unsigned = await postJson(endpoint, body);
      expect([unsigned.status, unsigned.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
      expect(JSON.stringify(await unsigned.json())).not.toContain('cards');
      const replayed = await postJson(endpoint, body, { authorization: `Bearer ${token}` });
      expect(replayed.status).toBe(401);
      expect(service.output()).toContain('auth refused: replayed');
    } finally {
      await service.stop();
    }
  });

  it('on loopback without publicBaseUrl, expects its own listening URL as aud, whatever Host the caller sends', async () => {
    const client = await trustedClient();
    const service = await runService({ AUTH_CONFIG: client.config });
    try {
      const path = '/cds-services/recovery-rules-patient-view';
      const body = await sample('patient-view-request.json');
      const otherService = `http://other-service.example.org${path}`;
      expect(await postWithHost(`${service.url}${path}`, 'other-service.example.org', body, await client.tokenFor(otherService))).toBe(401);
      expect(service.output()).toContain('auth refused: wrong-audience');
      expect(await postWithHost(`${service.url}${path}`, 'other-service.example.org', body, await client.tokenFor(`${service.url}${path}`))).toBe(200);
    } finally {
      await service.stop();
    }
  });

  it('answers a client over its rate 429 with Retry-After (not 401), and logs no auth refusal for it', async () => {
    const client = await trustedClient();
    const service = await runService({ AUTH_CONFIG: client.config, RATE_LIMIT_PER_SECOND: '1' });
    try {
      const endpoint = `${service.url}/cds-services/recovery-rules-patient-view`;
      const body = await sample('patient-view-request.json');
      const statuses: Array<[number, string | null]> = [];
      for (let i = 0; i < 4; i++) {
        const response = await postJson(endpoint, body, { authorization: `Bearer ${await client.tokenFor(endpoint)}` });
        statuses.push([response.status, response.headers.get('retry-after')]);
      }
      expect(statuses).toEqual([[200, null], [200, null], [429, '1'], [429, '1']]);
      expect(service.output()).not.toContain('auth refused');
    } finally {
      await service.stop();
    }
  });

  it('refuses a replayCacheSize that is not a positive integer', async () => {
    const client = await trustedClient({ replayCacheSize: 0 });
    await expect(runService({ AUTH_CONFIG: client.config })).rejects.toThrow(/replayCacheSize/);
  });
});
