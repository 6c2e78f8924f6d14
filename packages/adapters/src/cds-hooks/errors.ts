/**
 * Errors the CDS Hooks service raises, each with a stable `code` the HTTP handler turns into a status.
 */

/** One problem in a request body, from zod: where it is and what was wrong. */
export interface RequestIssue {
  readonly path: string;
  readonly message: string;
}

/** Stable codes of {@link CdsHooksError}. */
export type CdsHooksErrorCode = 'not-found' | 'invalid-request' | 'feedback-failed';

/** A request the service cannot answer: unknown service, invalid body, or feedback the host failed to record. */
export class CdsHooksError extends Error {
  constructor(
    readonly code: CdsHooksErrorCode,
    message: string,
    readonly issues: readonly RequestIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CdsHooksError';
  }
}

/** zod issues as {@link RequestIssue}s with dotted paths. */
export function requestIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): RequestIssue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.') || '(body)',
    message: issue.message,
  }));
}
