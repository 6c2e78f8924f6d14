/**
 * A CDS client for the load test: an ES256 key pair and a synchronous JWT signer (node:crypto), so every
 * request gets its own freshly signed token with a unique `jti` without slowing the load generator with
 * promises.
 */
import { generateKeyPairSync, randomUUID, sign, type JsonWebKey } from 'node:crypto';

export const LOAD_ISSUER = 'https://load-test-ehr.example.org';

/** Lifetime of each token, seconds: the most CDS Hooks allows, as EHRs commonly use. */
export const TOKEN_LIFETIME_SECONDS = 300;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A client: its public JWK and a function that signs a token for `audience`. */
export function loadTestClient(): { jwk: JsonWebKey; tokenFor: (audience: string) => string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'load-1', alg: 'ES256' };
  const header = b64({ alg: 'ES256', kid: 'load-1', typ: 'JWT' });
  return {
    jwk,
    tokenFor(audience) {
      const now = Math.floor(Date.now() / 1000);
      const claims = b64({ iss: LOAD_ISSUER, sub: 'load-client', aud: audience, iat: now, exp: now + TOKEN_LIFETIME_SECONDS, jti: randomUUID() });
      const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
      return `${header}.${claims}.${signature}`;
    },
  };
}
