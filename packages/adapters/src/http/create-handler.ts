/**
 * `createHandler`: one Fetch-API handler, `(Request) => Promise<Response>`, for the CDS Hooks routes and
 * `POST /assess`. Every server framework wraps it in a line or two (see `toNodeListener` and docs/cds-hooks.md).
 *
 * Routes (under `basePath`): `GET /cds-services`, `POST /cds-services/{id}`, `POST /cds-services/{id}/feedback`,
 * `POST /assess`, `GET /healthz`, and `OPTIONS` preflight for each.
 */
import type { AssessOptions } from '@recovery-rules/core';
import { CdsHooksError } from '../cds-hooks/errors.js';
import { createCdsHooksService, type CdsHooksServiceOptions } from '../cds-hooks/cds-hooks-service.js';
import { assessBody } from './assess-route.js';
import { corsHeaders, preflightHeaders, withHeaders, type CorsOptions } from './cors.js';
import { errorResponse, HttpError, jsonResponse } from './http-error.js';
import { readJsonBody } from './read-json-body.js';

/** Options of {@link createHandler}: those of the CDS Hooks service, plus the HTTP settings. */
export interface HandlerOptions extends CdsHooksServiceOptions {
  /** Path prefix the routes live under, e.g. `"/cds"`; default none. */
  readonly basePath?: string;
  /** Largest request body accepted, in bytes; default 1 MiB. Enforced while the body is read. */
  readonly maxBodyBytes?: number;
  /** CORS for browser-based CDS clients; off by default. */
  readonly cors?: CorsOptions;
  /**
   * Decides whether a hook call, feedback or `/assess` request may proceed, e.g. by verifying the JWT a CDS
   * client sends in `Authorization` (CDS Hooks 2.0 §Trusting CDS Clients). False, or a rejection, answers
   * `401 unauthorized`. An object with a `clientId` (what `createCdsJwtVerifier().authorize` returns) allows
   * the request and names the client for rate limiting. Discovery and `/healthz` stay open, as CDS Hooks
   * expects. Default: every request.
   */
  readonly authorize?: (request: Request) => AuthorizeResult | Promise<AuthorizeResult>;
  /** Called with every error answered `internal`, for the host's logging. */
  readonly onError?: (error: unknown) => void;
}

/** What an `authorize` check answers: allowed or not, or the allowed client's identity. */
export type AuthorizeResult = boolean | { readonly clientId: string };

/** A Fetch-API request handler. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Default {@link HandlerOptions.maxBodyBytes}: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

type Route =
  | { kind: 'discovery' }
  | { kind: 'service'; id: string }
  | { kind: 'feedback'; id: string }
  | { kind: 'assess' }
  | { kind: 'health' };

const METHODS: Readonly<Record<Route['kind'], string>> = { discovery: 'GET', service: 'POST', feedback: 'POST', assess: 'POST', health: 'GET' };

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function routeOf(pathname: string, basePath: string): Route | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const parts = pathname.slice(basePath.length).split('/').filter(Boolean).map(safeDecode);
  if (parts.includes(undefined)) return undefined;
  const [first, id, last, ...rest] = parts as string[];
  if (rest.length > 0) return undefined;
  if (first === 'cds-services') {
    if (id === undefined) return { kind: 'discovery' };
    if (last === undefined) return { kind: 'service', id };
    return last === 'feedback' ? { kind: 'feedback', id } : undefined;
  }
  if (id !== undefined) return undefined;
  if (first === 'assess') return { kind: 'assess' };
  if (first === 'healthz') return { kind: 'health' };
  return undefined;
}

function fromServiceError(error: CdsHooksError): HttpError {
  return new HttpError(error.code, error.message, error.issues.length > 0 ? error.issues : undefined);
}

/** Creates the handler. */
export function createHandler(options: HandlerOptions = {}): FetchHandler {
  const service = createCdsHooksService(options);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const assessDefaults: AssessOptions = options.assessOptions ?? {};

  async function requireAuthorization(request: Request): Promise<void> {
    if (!options.authorize) return;
    const allowed = await Promise.resolve(options.authorize(request)).catch(() => false);
    if (allowed !== true && !(typeof allowed === 'object' && allowed !== null && typeof allowed.clientId === 'string')) throw new HttpError('unauthorized', 'The request is not authorized', undefined, { 'www-authenticate': 'Bearer' });
  }

  async function answer(request: Request, route: Route): Promise<Response> {
    if (route.kind !== 'discovery' && route.kind !== 'health') await requireAuthorization(request);
    switch (route.kind) {
      case 'discovery':
        return jsonResponse(200, service.discovery());
      case 'health':
        return jsonResponse(200, { status: 'ok' });
      case 'assess':
        return jsonResponse(200, assessBody(await readJsonBody(request, maxBytes), assessDefaults));
      case 'service':
        return jsonResponse(200, service.call(route.id, await readJsonBody(request, maxBytes)));
      case 'feedback':
        await service.feedback(route.id, await readJsonBody(request, maxBytes));
        return jsonResponse(200, {});
    }
  }

  return async function handle(request: Request): Promise<Response> {
    const cors = corsHeaders(request, options.cors);
    try {
      const route = routeOf(new URL(request.url).pathname, basePath);
      if (!route) throw new HttpError('not-found', 'No such route');
      if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: `${METHODS[route.kind]}, OPTIONS`, ...preflightHeaders(request, options.cors) } });
      if (request.method !== METHODS[route.kind]) {
        throw new HttpError('method-not-allowed', `Use ${METHODS[route.kind]} for this route`, undefined, { allow: `${METHODS[route.kind]}, OPTIONS` });
      }
      return withHeaders(await answer(request, route), cors);
    } catch (error) {
      if (error instanceof HttpError) return withHeaders(errorResponse(error), cors);
      if (error instanceof CdsHooksError) {
        if (error.code === 'feedback-failed') options.onError?.(error.cause);
        return withHeaders(errorResponse(fromServiceError(error)), cors);
      }
      options.onError?.(error);
      return withHeaders(errorResponse(new HttpError('internal', 'The server could not answer this request')), cors);
    }
  };
}
