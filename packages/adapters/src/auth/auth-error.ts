/** Why a CDS client's token was refused. Reasons are fixed strings, safe to log; they never quote the token. */

/** Every reason a token is refused. */
export type AuthFailureReason =
  | 'missing-token'
  | 'malformed-token'
  | 'algorithm-not-allowed'
  | 'unknown-issuer'
  | 'subject-not-allowed'
  | 'jku-not-allowed'
  | 'bad-signature'
  | 'expired'
  | 'wrong-audience'
  | 'invalid-claims'
  | 'lifetime-too-long'
  | 'replayed'
  | 'replay-cache-full'
  | 'rate-limited'
  | 'keys-unavailable';

/**
 * Reasons that say nothing against the token: the service is too busy to remember another token id
 * (`replay-cache-full`), or this client is over its rate (`rate-limited`). The token id was not spent, and the
 * HTTP handler answers `503 server-busy` or `429 rate-limited` with `Retry-After` instead of `401`.
 */
export const LOAD_REASONS: ReadonlySet<AuthFailureReason> = new Set(['replay-cache-full', 'rate-limited']);

/** A refused token, or (for a {@link LOAD_REASONS} reason) a request turned away for load, with when to retry. */
export class AuthError extends Error {
  constructor(
    readonly reason: AuthFailureReason,
    /** For a load reason: seconds after which a retry may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`CDS client token refused: ${reason}`);
    this.name = 'AuthError';
  }
}
