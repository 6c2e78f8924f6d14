/**
 * Authentication of CDS clients: `createCdsJwtVerifier` checks the signed JWT of CDS Hooks 2.0 §Trusting CDS
 * Clients. Re-exported from `@recovery-rules/adapters/http`.
 * @packageDocumentation
 */
export { AuthError, LOAD_REASONS, type AuthFailureReason } from './auth-error.js';
export {
  createCdsJwtVerifier,
  DEFAULT_CDS_JWT_ALGORITHMS,
  replayShareOfClient,
  type AdmissionDecision,
  type AdmitClient,
  type CdsJwtVerifier,
  type CdsJwtVerifierOptions,
  type VerifiedCdsClient,
} from './cds-jwt-verifier.js';
export { createReplayCache, type ClaimResult, type ReplayCache, type ReplayCacheLimits } from './replay-cache.js';
export type { TrustedIssuer } from './trusted-issuers.js';
