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
  | 'keys-unavailable';

/** A refused token. */
export class AuthError extends Error {
  constructor(readonly reason: AuthFailureReason) {
    super(`CDS client token refused: ${reason}`);
    this.name = 'AuthError';
  }
}
