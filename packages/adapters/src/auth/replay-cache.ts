/**
 * Remembers each token id (`jti`) until its token expires, so a captured token cannot be sent twice. Bounded:
 * when full of tokens that have not expired yet, it refuses new ones (fails closed) instead of forgetting old
 * ones, because forgetting would reopen the replay window.
 */

/** The outcome of {@link ReplayCache.claim}. */
export type ClaimResult = 'fresh' | 'replayed' | 'full';

/** A bounded set of token ids, each kept until its expiry. */
export interface ReplayCache {
  /** Records `id` (valid until `expiresAtSeconds`) unless it was seen before or the cache is full. */
  claim(id: string, expiresAtSeconds: number, nowSeconds: number): ClaimResult;
  /** How many ids are remembered. */
  readonly size: number;
}

/** Creates a replay cache holding at most `maxEntries` ids. */
export function createReplayCache(maxEntries: number): ReplayCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  const expiries = new Map<string, number>();

  // Ids are stored in arrival order and tokens have similar lifetimes, so the expired ones are at the front:
  // stopping at the first live one makes purging on every claim cost amortised O(1), and memory then tracks
  // the live tokens (request rate x token lifetime) instead of climbing until the cache is full.
  function dropExpired(nowSeconds: number): void {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt >= nowSeconds) return;
      expiries.delete(id);
    }
  }

  return {
    claim(id, expiresAtSeconds, nowSeconds) {
      const seen = expiries.get(id);
      if (seen !== undefined && seen >= nowSeconds) return 'replayed';
      dropExpired(nowSeconds);
      if (expiries.size >= maxEntries) return 'full';
      expiries.set(id, expiresAtSeconds);
      return 'fresh';
    },
    get size() {
      return expiries.size;
    },
  };
}
