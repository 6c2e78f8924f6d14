/** Keys and tokens for the auth tests: a CDS client that signs its JWTs as the spec describes. */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from 'jose';

export const ISSUER = 'https://ehr.example.org';
export const SERVICE_URL = 'https://cds.example.org/cds-services/recovery-rules-patient-view';
export const NOW_SECONDS = 1_795_000_000;
export const now = () => new Date(NOW_SECONDS * 1000);

export interface TestClient {
  readonly jwks: JSONWebKeySet;
  sign(claims?: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>;
}

/** A client with a fresh ES384 key pair. */
export async function testClient(kid = 'ehr-key-1'): Promise<TestClient> {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: (claims = {}, header = {}) =>
      new SignJWT({ iss: ISSUER, sub: 'ehr-client', aud: SERVICE_URL, iat: NOW_SECONDS, exp: NOW_SECONDS + 300, jti: randomUUID(), ...claims })
        .setProtectedHeader({ alg: 'ES384', kid, typ: 'JWT', ...header })
        .sign(privateKey),
  };
}

/** A request to the service URL carrying `token`. */
export function requestWith(token: string | undefined, url = SERVICE_URL): Request {
  return new Request(url, { method: 'POST', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
}

/** Base64url JSON, for hand-built tokens. */
export const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Serves `jwks` on loopback; returns its URL and a stop function. */
export async function serveJwks(jwks: JSONWebKeySet): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/jwks.json`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
