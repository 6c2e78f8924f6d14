import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { postJson, runService } from './support/run-service.js';

const ISSUER = 'https://ehr.example.org';
const sample = async (name: string) => JSON.parse(await readFile(new URL(`../samples/${name}`, import.meta.url), 'utf8')) as unknown;

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
});
