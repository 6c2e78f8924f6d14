/**
 * `createCdsJwtVerifier`: verifies the JWT a CDS client sends with every hook call (CDS Hooks 2.0 §Trusting
 * CDS Clients) and plugs into the HTTP handler's `authorize` option. Checks, in order: a bearer token; an
 * asymmetric `alg` from the allow-list (never `none` or HS*); a trusted `iss`; keys from that issuer's JWK Set
 * (a `jku` only from its allow-list); the signature; `aud` equal to the endpoint URL being called; `exp`,
 * `iat`, `jti` present, the token not expired and living at most five minutes; then the `jti` not seen before.
 */
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { AuthError, type AuthFailureReason } from './auth-error.js';
import { createReplayCache } from './replay-cache.js';
import { IssuerRegistry, type TrustedIssuer } from './trusted-issuers.js';

/** Asymmetric algorithms accepted by default; the spec asks services to support ES384 and RS384. */
export const DEFAULT_CDS_JWT_ALGORITHMS: readonly string[] = Object.freeze(['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA']);

/** Options of {@link createCdsJwtVerifier}. */
export interface CdsJwtVerifierOptions {
  /** The CDS clients trusted, with their keys. */
  readonly issuers: readonly TrustedIssuer[];
  /**
   * The service's public base URL as clients call it, e.g. `https://cds.example.org`; `aud` must equal this
   * plus the request path. Default: the request's own origin, which comes from the caller's Host header, so
   * set it in production: otherwise a token minted for another service can be presented under its host name.
   */
  readonly publicBaseUrl?: string;
  /** Accepted `alg` values; symmetric and `none` are refused even if listed. */
  readonly algorithms?: readonly string[];
  /** Longest accepted `exp - iat`, seconds; default 300 (the spec's five minutes). */
  readonly maxLifetimeSeconds?: number;
  /** Clock skew allowed, seconds; default 30. */
  readonly clockToleranceSeconds?: number;
  /**
   * Most token ids remembered for replay protection; default 250 000. Each id is kept until its token expires
   * (plus skew), so the capacity needed is the request rate times the token lifetime: 250 000 covers about
   * 750 requests per second with five-minute tokens. Full means new tokens are refused (`replay-cache-full`).
   */
  readonly replayCacheSize?: number;
  /** The clock; default `() => new Date()`. */
  readonly now?: () => Date;
}

/** A verified client: who signed the token. */
export interface VerifiedCdsClient {
  readonly issuer: string;
  readonly subject: string;
  /** `iss` and `sub` joined, used as the rate-limit key. */
  readonly clientId: string;
  /** The optional `tenant` claim. */
  readonly tenant?: string;
}

/** The verifier. */
export interface CdsJwtVerifier {
  /** Verifies the request's token. @throws {@link AuthError} with the reason it was refused. */
  verify(request: Request): Promise<VerifiedCdsClient>;
  /** For the handler's `authorize` option: the client, or `false` (with `onReject` told why). */
  authorize(request: Request): Promise<VerifiedCdsClient | false>;
}

const JOSE_REASONS: ReadonlyArray<[new (...args: never[]) => Error, AuthFailureReason]> = [
  [errors.JWTExpired, 'expired'],
  [errors.JWSSignatureVerificationFailed, 'bad-signature'],
  [errors.JOSEAlgNotAllowed, 'algorithm-not-allowed'],
  [errors.JWKSNoMatchingKey, 'bad-signature'],
  [errors.JWKSTimeout, 'keys-unavailable'],
  [errors.JWTClaimValidationFailed, 'invalid-claims'],
  [errors.JWTInvalid, 'malformed-token'],
  [errors.JWSInvalid, 'malformed-token'],
];

function reasonOf(error: unknown): AuthFailureReason {
  if (error instanceof AuthError) return error.reason;
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') return 'wrong-audience';
  for (const [type, reason] of JOSE_REASONS) if (error instanceof type) return reason;
  return 'keys-unavailable';
}

function bearerToken(request: Request): string {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) throw new AuthError(request.headers.has('authorization') ? 'malformed-token' : 'missing-token');
  return match[1];
}

function unverifiedParts(token: string): { alg: string | undefined; jku: string | undefined; iss: unknown } {
  try {
    const header = decodeProtectedHeader(token);
    return { alg: header.alg, jku: header.jku, iss: decodeJwt(token).iss };
  } catch {
    throw new AuthError('malformed-token');
  }
}

/** Creates the verifier; configuration mistakes throw here, at startup, not on the first request. */
export function createCdsJwtVerifier(options: CdsJwtVerifierOptions, onReject?: (reason: AuthFailureReason) => void): CdsJwtVerifier {
  const registry = new IssuerRegistry(options.issuers);
  const algorithms = (options.algorithms ?? DEFAULT_CDS_JWT_ALGORITHMS).filter((alg) => alg !== 'none' && !alg.startsWith('HS'));
  if (algorithms.length === 0) throw new RangeError('No asymmetric algorithm is allowed');
  const maxLifetime = options.maxLifetimeSeconds ?? 300;
  const tolerance = options.clockToleranceSeconds ?? 30;
  const replay = createReplayCache(options.replayCacheSize ?? 250_000);
  const now = options.now ?? (() => new Date());
  const base = options.publicBaseUrl?.replace(/\/+$/, '');

  async function verify(request: Request): Promise<VerifiedCdsClient> {
    const token = bearerToken(request);
    const { alg, jku, iss } = unverifiedParts(token);
    if (alg === undefined || !algorithms.includes(alg)) throw new AuthError('algorithm-not-allowed');
    const trusted = typeof iss === 'string' ? registry.issuer(iss) : undefined;
    if (!trusted) throw new AuthError('unknown-issuer');
    const keys = registry.keysFor(trusted, jku);
    if (!keys) throw new AuthError('jku-not-allowed');
    const url = new URL(request.url);
    const currentDate = now();
    const { payload } = await jwtVerify(token, keys, {
      issuer: trusted.issuer,
      audience: `${base ?? url.origin}${url.pathname}`,
      algorithms: [...algorithms],
      requiredClaims: ['exp', 'iat', 'jti', 'sub'],
      clockTolerance: tolerance,
      maxTokenAge: maxLifetime + tolerance,
      currentDate,
    });
    return admit(trusted, payload, currentDate);
  }

  function admit(trusted: TrustedIssuer, payload: JWTPayload, currentDate: Date): VerifiedCdsClient {
    const { exp, iat, jti, sub } = payload as Required<Pick<JWTPayload, 'exp' | 'iat' | 'jti' | 'sub'>>;
    if (typeof jti !== 'string' || jti.length === 0) throw new AuthError('invalid-claims');
    if (exp - iat > maxLifetime) throw new AuthError('lifetime-too-long');
    if (trusted.subjects && !trusted.subjects.includes(sub)) throw new AuthError('subject-not-allowed');
    const claimed = replay.claim(`${trusted.issuer}\u0000${jti}`, exp + tolerance, Math.floor(currentDate.getTime() / 1000));
    if (claimed === 'replayed') throw new AuthError('replayed');
    if (claimed === 'full') throw new AuthError('replay-cache-full');
    const tenant = typeof payload['tenant'] === 'string' ? payload['tenant'] : undefined;
    return { issuer: trusted.issuer, subject: sub, clientId: `${trusted.issuer} ${sub}`, ...(tenant !== undefined && { tenant }) };
  }

  return {
    verify: (request) =>
      verify(request).catch((error: unknown) => {
        throw error instanceof AuthError ? error : new AuthError(reasonOf(error));
      }),
    async authorize(request) {
      try {
        return await verify(request);
      } catch (error) {
        onReject?.(reasonOf(error));
        return false;
      }
    },
  };
}
