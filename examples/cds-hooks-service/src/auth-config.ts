/**
 * The AUTH_CONFIG file: which CDS clients the service trusts and the public URL they call it by, e.g.
 *
 * ```json
 * { "publicBaseUrl": "https://cds.example.org",
 *   "issuers": [{ "issuer": "https://ehr.example.org", "jwksUrl": "https://ehr.example.org/.well-known/jwks.json" }] }
 * ```
 *
 * Optional: `replayCacheSize`, the most token ids remembered across all clients (default 250 000).
 */
import { readFile } from 'node:fs/promises';
import { createCdsJwtVerifier, type CdsJwtVerifier, type AuthFailureReason, type TrustedIssuer } from '@recovery-rules/adapters/http';

/** The parsed file. */
export interface AuthConfig {
  readonly publicBaseUrl?: string;
  readonly issuers: readonly TrustedIssuer[];
  readonly replayCacheSize?: number;
}

function parseConfig(text: string, file: string): AuthConfig {
  const parsed = JSON.parse(text) as Partial<AuthConfig>;
  if (!Array.isArray(parsed.issuers)) throw new RangeError(`${file}: "issuers" must be an array of trusted issuers`);
  if (parsed.publicBaseUrl !== undefined && typeof parsed.publicBaseUrl !== 'string') throw new RangeError(`${file}: "publicBaseUrl" must be a URL`);
  if (parsed.replayCacheSize !== undefined && !(Number.isInteger(parsed.replayCacheSize) && parsed.replayCacheSize > 0)) {
    throw new RangeError(`${file}: "replayCacheSize" must be a positive integer`);
  }
  return parsed as AuthConfig;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Reads and checks the file; any mistake stops the service from starting. Off loopback, `publicBaseUrl` is
 * required: the library never takes the expected `aud` from the request's Host header, and only on loopback
 * does the service know the URL it is called by (its own).
 */
export async function readAuthConfig(file: string, host: string): Promise<AuthConfig> {
  const config = parseConfig(await readFile(file, 'utf8'), file);
  if (config.publicBaseUrl === undefined && !LOOPBACK.has(host)) {
    throw new RangeError(`${file}: set "publicBaseUrl" (the URL clients call) when the service listens on ${host}`);
  }
  return config;
}

/** What the verifier needs besides the file. */
export interface VerifierContext {
  /** The URL the service is listening on, the expected audience on loopback when the file names none. */
  readonly listeningUrl: string;
  /** The per-client rate limit the handler enforces, requests per second; 0 for none. */
  readonly rateLimitPerSecond: number;
  readonly onReject: (reason: AuthFailureReason) => void;
}

/** The verifier for `config`: the file's `publicBaseUrl`, else (loopback, checked on reading) the listening URL. */
export function verifierFromConfig(config: AuthConfig, context: VerifierContext): CdsJwtVerifier {
  return createCdsJwtVerifier(
    {
      issuers: config.issuers,
      publicBaseUrl: config.publicBaseUrl ?? context.listeningUrl,
      ...(config.replayCacheSize !== undefined && { replayCacheSize: config.replayCacheSize }),
      ...(context.rateLimitPerSecond > 0 && { clientRateLimit: { perSecond: context.rateLimitPerSecond } }),
    },
    context.onReject,
  );
}
