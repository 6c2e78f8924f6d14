/**
 * CORS for browser-based CDS clients (the CDS Hooks sandbox calls services from the browser). Off unless
 * configured; origins are matched exactly.
 */

/** Which origins may call the handler from a browser. */
export interface CorsOptions {
  /** Allowed origins (e.g. `["https://sandbox.cds-hooks.org"]`), or `"*"` for any. */
  readonly origins: readonly string[] | '*';
  /** Seconds a browser may cache a preflight answer; default 600. */
  readonly maxAgeSeconds?: number;
}

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type';

/** The CORS headers for a response to `request`, or none when its origin is not allowed. */
export function corsHeaders(request: Request, cors: CorsOptions | undefined): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!cors || origin === null) return {};
  if (cors.origins === '*') return { 'access-control-allow-origin': '*' };
  if (!cors.origins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/**
 * Headers that answer a preflight (`OPTIONS` with `Access-Control-Request-Method`). A page on a public site
 * calling a service on localhost (the CDS Hooks sandbox calling this example) also gets Chrome's Private
 * Network Access permission, when it asks for it.
 */
export function preflightHeaders(request: Request, cors: CorsOptions | undefined): Record<string, string> {
  const allowed = corsHeaders(request, cors);
  if (Object.keys(allowed).length === 0) return {};
  return {
    ...allowed,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? ALLOWED_HEADERS,
    'access-control-max-age': String(cors?.maxAgeSeconds ?? 600),
    ...(request.headers.get('access-control-request-private-network') === 'true' && { 'access-control-allow-private-network': 'true' }),
  };
}

/** A copy of `response` with `headers` added. */
export function withHeaders(response: Response, headers: Readonly<Record<string, string>>): Response {
  if (Object.keys(headers).length === 0) return response;
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}
