/**
 * Per-client rate limiting with a token bucket: each client may burst up to `burst` requests, refilled at
 * `perSecond`. Buckets are kept for at most `maxClients` clients; the least recently seen is forgotten first
 * (a forgotten client starts again with a full bucket, which errs towards answering).
 */

/** Rate limit settings. */
export interface RateLimitOptions {
  /** Sustained requests per second per client. */
  readonly perSecond: number;
  /** Requests a client may make at once; default `perSecond * 2`. */
  readonly burst?: number;
  /** Most clients tracked; default 10 000. */
  readonly maxClients?: number;
}

/** Whether a request may go ahead, and if not when to retry. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A token-bucket limiter keyed by client: calling it takes a token; `peek` only looks. */
export interface RateLimiter {
  (client: string, nowMs: number): RateDecision;
  /** Whether `client` has a token now, without taking it. */
  peek(client: string, nowMs: number): boolean;
}

/** Creates a limiter. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { perSecond } = options;
  const burst = options.burst ?? perSecond * 2;
  const maxClients = options.maxClients ?? 10_000;
  if (!(perSecond > 0) || !(burst >= 1)) throw new RangeError('rate limit needs perSecond > 0 and burst >= 1');
  const buckets = new Map<string, { tokens: number; at: number }>();
  const tokensNow = (client: string, nowMs: number) => {
    const previous = buckets.get(client);
    return previous ? Math.min(burst, previous.tokens + ((nowMs - previous.at) / 1000) * perSecond) : burst;
  };

  const take = (client: string, nowMs: number): RateDecision => {
    const refilled = tokensNow(client, nowMs);
    buckets.delete(client);
    const allowed = refilled >= 1;
    buckets.set(client, { tokens: allowed ? refilled - 1 : refilled, at: nowMs });
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    return allowed ? { allowed } : { allowed, retryAfterSeconds: Math.ceil((1 - refilled) / perSecond) };
  };
  return Object.assign(take, { peek: (client: string, nowMs: number) => tokensNow(client, nowMs) >= 1 });
}
