/**
 * @recovery-rules/adapters/http: one Fetch-API handler, `(Request) => Promise<Response>`, serving the CDS Hooks
 * routes and `POST /assess`, with JSON errors that carry stable codes; plus thin wrappers for `node:http` and
 * Hono. Every public export is named here.
 * @packageDocumentation
 */
export { createHandler, DEFAULT_MAX_BODY_BYTES, type AuthorizeResult, type ConnectionInfo, type FetchHandler, type HandlerOptions } from './create-handler.js';
export type { PrefetchFetcher, PrefetchFetchRequest } from './prefetch-fetcher.js';
export { createRateLimiter, type RateDecision, type RateLimiter, type RateLimitOptions } from './rate-limiter.js';
export { redactLogEvent, type RequestLogEvent, type RequestLogger } from './request-log.js';
export type { SecurityHeaderOptions } from './security-headers.js';
export { assessRequestSchema, type AssessRequest } from './assess-route.js';
export type { CorsOptions } from './cors.js';
export { HTTP_STATUS, type ErrorBody, type HttpErrorCode } from './http-error.js';
export { toNodeListener } from './node-listener.js';
export { honoRoute, type HonoLikeContext } from './hono.js';
export {
  AuthError,
  createCdsJwtVerifier,
  DEFAULT_CDS_JWT_ALGORITHMS,
  LOAD_REASONS,
  replayShareOfClient,
  type AdmissionDecision,
  type AdmitClient,
  type AuthFailureReason,
  type CdsJwtVerifier,
  type CdsJwtVerifierOptions,
  type TrustedIssuer,
  type VerifiedCdsClient,
} from '../auth/index.js';
