/**
 * The handler's error responses: one JSON shape with a stable `code`, so clients branch on the code rather
 * than on the wording.
 */

/** Every error code the handler returns. */
export type HttpErrorCode =
  | 'invalid-json'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'invalid-request'
  | 'invalid-facts'
  | 'unauthorized'
  | 'not-found'
  | 'method-not-allowed'
  | 'rate-limited'
  | 'server-busy'
  | 'feedback-failed'
  | 'upstream-failed'
  | 'upstream-timeout'
  | 'timeout'
  | 'internal';

/** The HTTP status of each code. */
export const HTTP_STATUS: Readonly<Record<HttpErrorCode, number>> = Object.freeze({
  'invalid-json': 400,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'invalid-request': 400,
  'invalid-facts': 422,
  unauthorized: 401,
  'not-found': 404,
  'method-not-allowed': 405,
  'rate-limited': 429,
  'server-busy': 503,
  'feedback-failed': 502,
  'upstream-failed': 502,
  'upstream-timeout': 504,
  timeout: 503,
  internal: 500,
});

/** The body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: HttpErrorCode; readonly message: string; readonly issues?: readonly unknown[] };
}

/** An error the handler answers with {@link errorResponse}. */
export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly issues?: readonly unknown[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A JSON response with the given status. */
export function jsonResponse(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** The response for an {@link HttpError}. */
export function errorResponse(error: HttpError): Response {
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, ...(error.issues !== undefined && { issues: error.issues }) },
  };
  return jsonResponse(HTTP_STATUS[error.code], body, error.headers);
}
