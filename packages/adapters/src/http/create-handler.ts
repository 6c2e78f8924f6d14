/**
 * `createHandler`: one Fetch-API handler, `(Request) => Promise<Response>`, for the CDS Hooks routes and
 * `POST /assess`. Every server framework wraps it in a line or two (see `toNodeListener` and docs/cds-hooks.md).
 *
 * Routes (under `basePath`): `GET /cds-services`, `POST /cds-services/{id}`, `POST /cds-services/{id}/feedback`,
 * `POST /assess`, `GET /healthz`, and `OPTIONS` preflight for each. Every answer carries the security headers;
 * protected routes are authorized, rate limited per client and answered within `requestTimeoutMs`.
 */
import type { AssessOptions } from '@recovery-rules/core';
import { AuthError } from '../auth/auth-error.js';
import type { AdmitClient } from '../auth/cds-jwt-verifier.js';
import { CdsHooksError } from '../cds-hooks/errors.js';
import { createCdsHooksService, type CdsHooksServiceOptions } from '../cds-hooks/cds-hooks-service.js';
import { assessBody } from './assess-route.js';
import { corsHeaders, preflightHeaders, withHeaders, type CorsOptions } from './cors.js';
import { withDeadline } from './deadline.js';
import { parseHookCall } from '../cds-hooks/parse-hook-call.js';
import { errorResponse, HttpError, jsonResponse } from './http-error.js';
import { completePrefetch, type PrefetchFetcher } from './prefetch-fetcher.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { readJsonBody } from './read-json-body.js';
import { redactLogEvent, type RequestLogEvent, type RequestLogger } from './request-log.js';
import { routeOf, ROUTE_METHODS, type Route } from './routes.js';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers.js';

/** What an `authorize` check answers: allowed or not, or the allowed client's identity. */
export type AuthorizeResult = boolean | { readonly clientId: string };

/** Options of {@link createHandler}: those of the CDS Hooks service, plus the HTTP settings. */
export interface HandlerOptions extends CdsHooksServiceOptions {
  /** Path prefix the routes live under, e.g. `"/cds"`; default none. */
  readonly basePath?: string;
  /** Largest request body accepted, in bytes; default 1 MiB. Enforced while the body is read. */
  readonly maxBodyBytes?: number;
  /** CORS for browser-based CDS clients; off by default. */
  readonly cors?: CorsOptions;
  /**
   * Decides whether a hook call, feedback or `/assess` request may proceed, e.g. `createCdsJwtVerifier(…)
   * .authorize`. False, or a rejection, answers `401 unauthorized`. An object `{ clientId }` allows the request
   * and names the client for rate limiting. Discovery and `/healthz` stay open, as CDS Hooks expects.
   *
   * The second argument is the per-client rate limit as an admission check. An `authorize` that consults it
   * (the JWT verifier does, between checking the signature and spending the token's `jti`) keeps over-rate
   * requests from using replay-cache space; otherwise the limit is applied after `authorize`. A rejection
   * with an {@link AuthError} for load (`rate-limited`, `replay-cache-full`) answers `429 rate-limited` or
   * `503 server-busy`, with `Retry-After`, not `401`.
   */
  readonly authorize?: (request: Request, admit: AdmitClient) => AuthorizeResult | Promise<AuthorizeResult>;
  /**
   * Per-client token bucket on protected routes (client: `authorize`'s `clientId`, else the remote address);
   * off by default. Requests `authorize` refuses also draw on a bucket per remote address, and once it is
   * empty that address gets `429` without its tokens being checked.
   */
  readonly rateLimit?: RateLimitOptions;
  /** Time limit for a whole protected request, reading the body included; default 15 000 ms, then `503 timeout`. */
  readonly requestTimeoutMs?: number;
  /** Time limit for each host callback (`onFeedback`, `fetchPrefetch`); default 5 000 ms, then `504 upstream-timeout`. */
  readonly upstreamTimeoutMs?: number;
  /** Fetches prefetch keys a hook call left out; without it nothing is fetched (see {@link PrefetchFetcher}). */
  readonly fetchPrefetch?: PrefetchFetcher;
  /** Security header settings (HSTS). The others are always sent. */
  readonly securityHeaders?: SecurityHeaderOptions;
  /** Receives a redacted event per request (and per refusal or internal error); never bodies or fact values. */
  readonly logger?: RequestLogger;
  /** Called with every error answered `internal` or `feedback-failed`, for the host's own error reporting. */
  readonly onError?: (error: unknown) => void;
}

/** Facts about the connection that the `Request` does not carry. */
export interface ConnectionInfo {
  /** The peer's address, used as the rate-limit key when `authorize` names no client. */
  readonly remoteAddress?: string;
}

/** A Fetch-API request handler. */
export type FetchHandler = (request: Request, connection?: ConnectionInfo) => Promise<Response>;

/** Default {@link HandlerOptions.maxBodyBytes}: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function fromServiceError(error: CdsHooksError): HttpError {
  return new HttpError(error.code, error.message, error.issues.length > 0 ? error.issues : undefined);
}

/** Creates the handler. */
export function createHandler(options: HandlerOptions = {}): FetchHandler {
  const service = createCdsHooksService(options);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const assessDefaults: AssessOptions = options.assessOptions ?? {};
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 5_000;
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : undefined;
  // Refused requests are also limited per address, before the (costly) token check runs again.
  const refusals = options.rateLimit ? createRateLimiter(options.rateLimit) : undefined;
  const headers = securityHeaders(options.securityHeaders);
  const log = (event: RequestLogEvent) => options.logger?.(redactLogEvent(event));

  /** The client a protected request comes from, once authorized and within its rate; `seen.client` as soon as known. */
  async function authorizedClient(request: Request, connection: ConnectionInfo, seen: { client?: string }): Promise<string> {
    const fallback = connection.remoteAddress ?? 'unknown';
    if (!options.authorize) {
      seen.client = fallback;
      enforceRateLimit(fallback);
      return fallback;
    }
    if (refusals && !refusals.peek(fallback, Date.now())) throw tooMany(1);
    let admitted: string | undefined;
    const admit: AdmitClient = (clientId) => {
      seen.client = clientId;
      const decision = limiter?.(clientId, Date.now()) ?? { allowed: true };
      if (decision.allowed) admitted = clientId;
      return decision;
    };
    const allowed = await Promise.resolve(options.authorize(request, admit)).catch((error: unknown) => {
      if (error instanceof AuthError && error.reason === 'rate-limited') throw tooMany(error.retryAfterSeconds ?? 1);
      if (error instanceof AuthError && error.reason === 'replay-cache-full') throw serverBusy(error.retryAfterSeconds ?? 1);
      return false as const;
    });
    if (typeof allowed === 'object' && allowed !== null && typeof allowed.clientId === 'string') {
      seen.client = allowed.clientId;
      // Not admitted through `admit` (or under another name): the rate limit applies now.
      if (admitted !== allowed.clientId) enforceRateLimit(allowed.clientId);
      return allowed.clientId;
    }
    if (allowed === true) {
      seen.client = fallback;
      enforceRateLimit(fallback);
      return fallback;
    }
    refusals?.(fallback, Date.now());
    log({ event: 'auth-refused', method: request.method });
    throw new HttpError('unauthorized', 'The request is not authorized', undefined, { 'www-authenticate': 'Bearer' });
  }

  function tooMany(retryAfterSeconds: number): HttpError {
    return new HttpError('rate-limited', 'Too many requests from this client; retry later', undefined, { 'retry-after': String(retryAfterSeconds) });
  }

  function serverBusy(retryAfterSeconds: number): HttpError {
    return new HttpError('server-busy', 'The server is too busy to accept this request now; retry later', undefined, { 'retry-after': String(retryAfterSeconds) });
  }

  function enforceRateLimit(client: string): void {
    const decision = limiter?.(client, Date.now());
    if (decision && !decision.allowed) throw tooMany(decision.retryAfterSeconds);
  }

  async function answerProtected(request: Request, route: Route, signal: AbortSignal): Promise<Response> {
    const body = await readJsonBody(request, maxBytes);
    if (signal.aborted) throw signal.reason;
    switch (route.kind) {
      case 'assess':
        return jsonResponse(200, assessBody(body, assessDefaults));
      case 'service': {
        // Checked before the fetcher runs, so it never sees a malformed request's FHIR server or token.
        if (options.fetchPrefetch) parseHookCall(route.id, body);
        const complete = options.fetchPrefetch ? await completePrefetch(route.id, body, options.fetchPrefetch, upstreamTimeoutMs) : body;
        return jsonResponse(200, service.call(route.id, complete));
      }
      case 'feedback':
        await withDeadline(upstreamTimeoutMs, () => new HttpError('upstream-timeout', 'The feedback store did not answer in time; the feedback may not be recorded'), () => service.feedback(route.id, body));
        return jsonResponse(200, {});
      default:
        throw new HttpError('not-found', 'No such route');
    }
  }

  /** Answers a routed request; `seen.client` records who asked, for the log, even when the answer is an error. */
  async function answer(request: Request, route: Route, connection: ConnectionInfo, seen: { client?: string }): Promise<Response> {
    if (route.kind === 'discovery') return jsonResponse(200, service.discovery());
    if (route.kind === 'health') return jsonResponse(200, { status: 'ok' });
    await authorizedClient(request, connection, seen);
    return withDeadline(requestTimeoutMs, () => new HttpError('timeout', 'The request took too long and was stopped; no result was computed'), (signal) =>
      answerProtected(request, route, signal),
    );
  }

  function errorToResponse(error: unknown): Response {
    if (error instanceof HttpError) return errorResponse(error);
    if (error instanceof CdsHooksError) {
      if (error.code === 'feedback-failed') options.onError?.(error.cause);
      return errorResponse(fromServiceError(error));
    }
    log({ event: 'internal-error', errorName: error instanceof Error ? error.name : typeof error });
    options.onError?.(error);
    return errorResponse(new HttpError('internal', 'The server could not answer this request'));
  }

  return async function handle(request: Request, connection: ConnectionInfo = {}): Promise<Response> {
    const started = performance.now();
    const cors = corsHeaders(request, options.cors);
    const route = routeOf(new URL(request.url).pathname, basePath);
    let response: Response;
    const seen: { client?: string } = {};
    let code: string | undefined;
    try {
      if (!route) throw new HttpError('not-found', 'No such route');
      if (request.method === 'OPTIONS') {
        response = new Response(null, { status: 204, headers: { allow: `${ROUTE_METHODS[route.kind]}, OPTIONS`, ...preflightHeaders(request, options.cors) } });
      } else if (request.method !== ROUTE_METHODS[route.kind]) {
        throw new HttpError('method-not-allowed', `Use ${ROUTE_METHODS[route.kind]} for this route`, undefined, { allow: `${ROUTE_METHODS[route.kind]}, OPTIONS` });
      } else {
        response = await answer(request, route, connection, seen);
      }
    } catch (error) {
      response = errorToResponse(error);
      code = error instanceof HttpError || error instanceof CdsHooksError ? error.code : 'internal';
    }
    log({
      event: 'request',
      method: request.method,
      ...(route && { route: route.kind }),
      ...(route && 'id' in route && { serviceId: route.id }),
      status: response.status,
      ...(code !== undefined && { code }),
      durationMs: Math.round(performance.now() - started),
      ...(seen.client !== undefined && { client: seen.client }),
    });
    return withHeaders(response, { ...headers, ...cors });
  }
}
