/**
 * `createCdsJwtVerifier`: verifies the JWT a CDS client sends with every hook call (CDS Hooks 2.0 §Trusting
 * CDS Clients) and plugs into the HTTP handler's `authorize` option. Checks, in order: a bearer token; an
 * asymmetric `alg` from the allow-list (never `none` or HS*); a trusted `iss`; keys from that issuer's JWK Set
 * (a `jku` only from its allow-list); the signature; `aud` equal to `publicBaseUrl` plus the path called;
 * `exp`, `iat`, `jti` present, the token not expired and living at most five minutes; then, if the HTTP handler
 * lends an admission check (its rate limit), the client admitted; then the `jti` not seen before.
 */
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { AuthError, LOAD_REASONS, type AuthFailureReason } from './auth-error.js';
import { createReplayCache } from './replay-cache.js';
import { IssuerRegistry, type TrustedIssuer } from './trusted-issuers.js';

/** Asymmetric algorithms accepted by default; the spec asks services to support ES384 and RS384. */
export const DEFAULT_CDS_JWT_ALGORITHMS: readonly string[] = Object.freeze(['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA']);

/** Options of {@link createCdsJwtVerifier}. */
export interface CdsJwtVerifierOptions {
  /** The CDS clients trusted, with their keys. */
  readonly issuers: readonly TrustedIssuer[];
  /**
   * Required: the service's public base URL as clients call it, e.g. `https://cds.example.org`; `aud` must
   * equal this plus the request path. It is never taken from the request, whose origin comes from the
   * caller's Host header: a token minted for another service could otherwise be accepted by naming that
   * service's host. For development on loopback, pass the loopback URL the service listens on.
   */
  readonly publicBaseUrl: string;
  /** Accepted `alg` values; symmetric and `none` are refused even if listed. */
  readonly algorithms?: readonly string[];
  /** Longest accepted `exp - iat`, seconds; default 300 (the spec's five minutes). */
  readonly maxLifetimeSeconds?: number;
  /** Clock skew allowed, seconds; default 30. */
  readonly clockToleranceSeconds?: number;
  /**
   * Most token ids remembered for replay protection, all clients together; default 250 000 (about 30 MiB).
   * Each id is kept until its token expires plus skew, at most `maxLifetimeSeconds + 2 × clockToleranceSeconds`
   * (360 s by default) after it is presented, so the capacity needed is the admitted request rate times that:
   * 250 000 covers about 690 requests per second of five-minute tokens. Full means new tokens are turned away
   * with `replay-cache-full` (the handler answers `503 server-busy`), never that old ids are forgotten.
   */
  readonly replayCacheSize?: number;
  /**
   * The per-client rate limit the HTTP handler enforces (its `rateLimit` option). It sets each client's share
   * of the replay cache to what that rate can present while its ids are kept, `burst + perSecond × (lifetime
   * + 2 × tolerance)` (7 240 ids at 20/s, burst 40), so one client cannot fill the cache for the others; past
   * its share it is turned away with `rate-limited`. Without it a client may use the whole cache.
   */
  readonly clientRateLimit?: { readonly perSecond: number; readonly burst?: number };
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

/** The answer of an admission check: go ahead, or not before `retryAfterSeconds`. */
export type AdmissionDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * An admission check the HTTP handler lends the verifier (its per-client rate limit), asked once the token is
 * verified and before its `jti` is spent, so that requests over a client's rate never use up replay-cache space.
 */
export type AdmitClient = (clientId: string) => AdmissionDecision;

/** The verifier. */
export interface CdsJwtVerifier {
  /**
   * Verifies the request's token and spends its `jti`, after asking `admit` (if given) about the client.
   * @throws {@link AuthError} with the reason it was refused.
   */
  verify(request: Request, admit?: AdmitClient): Promise<VerifiedCdsClient>;
  /**
   * For the handler's `authorize` option: the client, or `false` for a refused token (with `onReject` told
   * why). A request turned away for load (see `LOAD_REASONS`) rejects with that {@link AuthError} instead,
   * so the handler can answer `429`/`503` rather than call a good token bad.
   */
  authorize(request: Request, admit?: AdmitClient): Promise<VerifiedCdsClient | false>;
  /** Token ids the replay cache holds now (for monitoring memory). */
  readonly replayCacheIds: number;
}

/** Longest `jti` accepted, characters; a UUID is 36. */
export const MAX_JTI_LENGTH = 256;

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

/** `publicBaseUrl` checked and without trailing slashes: an absolute http(s) URL, no query or fragment. */
function audienceBase(publicBaseUrl: string | undefined): string {
  if (typeof publicBaseUrl !== 'string' || publicBaseUrl === '') {
    throw new RangeError('publicBaseUrl is required: the URL clients call this service by (e.g. https://cds.example.org); the expected aud is never taken from the request');
  }
  let parsed: URL;
  try {
    parsed = new URL(publicBaseUrl);
  } catch {
    throw new RangeError(`publicBaseUrl must be an absolute URL, got "${publicBaseUrl}"`);
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.search !== '' || parsed.hash !== '' || parsed.username !== '') {
    throw new RangeError(`publicBaseUrl must be an http(s) URL without query, fragment or credentials, got "${publicBaseUrl}"`);
  }
  return publicBaseUrl.replace(/\/+$/, '');
}

/**
 * The most token ids one client can have live when the handler limits it to `perSecond` (burst `burst`): a
 * full burst, then `perSecond` for as long as an id is kept (lifetime plus skew on `iat` and on `exp`).
 */
export function replayShareOfClient(rate: { readonly perSecond: number; readonly burst?: number }, maxLifetimeSeconds = 300, clockToleranceSeconds = 30): number {
  if (!(rate.perSecond > 0)) throw new RangeError(`clientRateLimit.perSecond must be > 0, got ${rate.perSecond}`);
  const burst = rate.burst ?? rate.perSecond * 2;
  return Math.ceil(burst + rate.perSecond * (maxLifetimeSeconds + 2 * clockToleranceSeconds));
}

/** Creates the verifier; configuration mistakes throw here, at startup, not on the first request. */
export function createCdsJwtVerifier(options: CdsJwtVerifierOptions, onReject?: (reason: AuthFailureReason) => void): CdsJwtVerifier {
  const registry = new IssuerRegistry(options.issuers);
  const algorithms = (options.algorithms ?? DEFAULT_CDS_JWT_ALGORITHMS).filter((alg) => alg !== 'none' && !alg.startsWith('HS'));
  if (algorithms.length === 0) throw new RangeError('No asymmetric algorithm is allowed');
  const maxLifetime = options.maxLifetimeSeconds ?? 300;
  const tolerance = options.clockToleranceSeconds ?? 30;
  const replay = createReplayCache({
    maxEntries: options.replayCacheSize ?? 250_000,
    ...(options.clientRateLimit && { maxPerOwner: replayShareOfClient(options.clientRateLimit, maxLifetime, tolerance) }),
  });
  const now = options.now ?? (() => new Date());
  const base = audienceBase(options.publicBaseUrl);

  async function verify(request: Request, admitClient: AdmitClient | undefined): Promise<VerifiedCdsClient> {
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
      audience: `${base}${url.pathname}`,
      algorithms: [...algorithms],
      requiredClaims: ['exp', 'iat', 'jti', 'sub'],
      clockTolerance: tolerance,
      maxTokenAge: maxLifetime + tolerance,
      currentDate,
    });
    return admit(trusted, payload, currentDate, admitClient);
  }

  function admit(trusted: TrustedIssuer, payload: JWTPayload, currentDate: Date, admitClient: AdmitClient | undefined): VerifiedCdsClient {
    const { exp, iat, jti, sub } = payload as Required<Pick<JWTPayload, 'exp' | 'iat' | 'jti' | 'sub'>>;
    // A bounded jti: each is held in memory for minutes, so a long one must not cost more than a nonce does.
    if (typeof jti !== 'string' || jti.length === 0 || jti.length > MAX_JTI_LENGTH || typeof sub !== 'string') throw new AuthError('invalid-claims');
    if (exp - iat > maxLifetime) throw new AuthError('lifetime-too-long');
    if (trusted.subjects && !trusted.subjects.includes(sub)) throw new AuthError('subject-not-allowed');
    const clientId = `${trusted.issuer} ${sub}`;
    const nowSeconds = Math.floor(currentDate.getTime() / 1000);
    // A replay is refused before it can spend the real client's rate-limit tokens.
    if (replay.has(jti, clientId, nowSeconds)) throw new AuthError('replayed');
    const decision = admitClient?.(clientId);
    if (decision && !decision.allowed) throw new AuthError('rate-limited', decision.retryAfterSeconds);
    // Kept per client (iss and sub are signed, so a replayed token always comes back under the same client).
    const claimed = replay.claim(jti, clientId, exp + tolerance, nowSeconds);
    if (claimed === 'replayed') throw new AuthError('replayed');
    if (claimed === 'full') throw new AuthError('replay-cache-full', replay.retryAfterSeconds(nowSeconds));
    if (claimed === 'owner-full') throw new AuthError('rate-limited', replay.retryAfterSeconds(nowSeconds, clientId));
    const tenant = typeof payload['tenant'] === 'string' ? payload['tenant'] : undefined;
    return { issuer: trusted.issuer, subject: sub, clientId, ...(tenant !== undefined && { tenant }) };
  }

  return {
    verify: (request, admitClient) =>
      verify(request, admitClient).catch((error: unknown) => {
        throw error instanceof AuthError ? error : new AuthError(reasonOf(error));
      }),
    async authorize(request, admitClient) {
      try {
        return await verify(request, admitClient);
      } catch (error) {
        const reason = reasonOf(error);
        // Over-rate requests are the client's own load, logged by the handler's 429; not an auth event.
        if (reason !== 'rate-limited') onReject?.(reason);
        if (error instanceof AuthError && LOAD_REASONS.has(reason)) throw error;
        return false;
      }
    },
    get replayCacheIds() {
      return replay.size;
    },
  };
}
