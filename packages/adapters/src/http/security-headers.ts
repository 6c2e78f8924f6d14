/**
 * Headers on every answer. The service returns JSON about patients: nothing in it should run as a page,
 * be sniffed as another type, leak through a referrer, or be cached by a browser or proxy.
 */

/** Security header settings. */
export interface SecurityHeaderOptions {
  /**
   * `Strict-Transport-Security`: `true` for `max-age=31536000; includeSubDomains`, or the header value.
   * Set it when the service is reached over https (directly or behind a TLS proxy). Default off.
   */
  readonly hsts?: boolean | string;
}

const ALWAYS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
});

/** The security headers for every response. */
export function securityHeaders(options: SecurityHeaderOptions = {}): Readonly<Record<string, string>> {
  if (!options.hsts) return ALWAYS;
  const hsts = options.hsts === true ? 'max-age=31536000; includeSubDomains' : options.hsts;
  return { ...ALWAYS, 'strict-transport-security': hsts };
}
