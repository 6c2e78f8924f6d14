/**
 * The AUTH_CONFIG file: which CDS clients the service trusts and the public URL they call it by, e.g.
 *
 * ```json
 * { "publicBaseUrl": "https://cds.example.org",
 *   "issuers": [{ "issuer": "https://ehr.example.org", "jwksUrl": "https://ehr.example.org/.well-known/jwks.json" }] }
 * ```
 */
import { readFile } from 'node:fs/promises';
import { createCdsJwtVerifier, type CdsJwtVerifier, type AuthFailureReason, type TrustedIssuer } from '@recovery-rules/adapters/http';

interface AuthConfigFile {
  readonly publicBaseUrl?: string;
  readonly issuers: readonly TrustedIssuer[];
}

function parseConfig(text: string, file: string): AuthConfigFile {
  const parsed = JSON.parse(text) as Partial<AuthConfigFile>;
  if (!Array.isArray(parsed.issuers)) throw new RangeError(`${file}: "issuers" must be an array of trusted issuers`);
  if (parsed.publicBaseUrl !== undefined && typeof parsed.publicBaseUrl !== 'string') throw new RangeError(`${file}: "publicBaseUrl" must be a URL`);
  return parsed as AuthConfigFile;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Reads the file and builds the verifier; any mistake stops the service from starting. Off loopback,
 * `publicBaseUrl` is required: without it the expected `aud` would come from the client's own Host header,
 * and a token minted for another service could be presented here under that service's host name.
 */
export async function verifierFromConfig(file: string, host: string, onReject: (reason: AuthFailureReason) => void): Promise<CdsJwtVerifier> {
  const config = parseConfig(await readFile(file, 'utf8'), file);
  if (config.publicBaseUrl === undefined && !LOOPBACK.has(host)) {
    throw new RangeError(`${file}: set "publicBaseUrl" (the URL clients call) when the service listens on ${host}`);
  }
  return createCdsJwtVerifier({ issuers: config.issuers, ...(config.publicBaseUrl !== undefined && { publicBaseUrl: config.publicBaseUrl }) }, onReject);
}
