/**
 * Remembers each token id (`jti`) until its token expires, so a captured token cannot be sent twice. Bounded
 * twice: in total (`maxEntries`, to bound memory) and, optionally, per owner (`maxPerOwner`, the CDS client),
 * so that one client cannot fill the cache for everyone. When either bound is reached it refuses new ids (fails
 * closed) instead of forgetting old ones, because forgetting would reopen the replay window.
 *
 * Ids are kept per owner (the token's `iss` and `sub`, both signed, so a replayed token always lands in the
 * same owner's set). The id string itself is the key: no composite key per id, which keeps an id to about
 * 100 bytes of heap.
 */

/**
 * The outcome of {@link ReplayCache.claim}: the id is new and now remembered, was seen before, or cannot be
 * remembered because the cache (`full`) or the owner's share of it (`owner-full`) holds only live ids.
 */
export type ClaimResult = 'fresh' | 'replayed' | 'full' | 'owner-full';

/** Bounds of a {@link ReplayCache}. */
export interface ReplayCacheLimits {
  /** Most ids remembered in total. */
  readonly maxEntries: number;
  /** Most live ids one owner may hold; default `maxEntries` (no per-owner bound). */
  readonly maxPerOwner?: number;
}

/** A bounded set of token ids, each kept until its expiry. */
export interface ReplayCache {
  /** True when `owner` already presented `id` and it has not expired: a replay, known without changing anything. */
  has(id: string, owner: string, nowSeconds: number): boolean;
  /** Records `id` for `owner` (valid until `expiresAtSeconds`) unless that owner sent it before or a bound is reached. */
  claim(id: string, owner: string, expiresAtSeconds: number, nowSeconds: number): ClaimResult;
  /** Seconds until `owner`'s oldest id (or, without `owner`, the oldest of any owner) expires and frees a place; at least 1. */
  retryAfterSeconds(nowSeconds: number, owner?: string): number;
  /** How many ids are remembered. */
  readonly size: number;
  /** How many owners hold ids; an owner is forgotten with its last id. */
  readonly owners: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/** Creates a replay cache; a bare number is `maxEntries`. */
export function createReplayCache(limits: ReplayCacheLimits | number): ReplayCache {
  const { maxEntries, maxPerOwner = maxEntries } = typeof limits === 'number' ? { maxEntries: limits } : limits;
  positiveInteger('maxEntries', maxEntries);
  positiveInteger('maxPerOwner', maxPerOwner);
  /** Owner, then id to expiry (seconds), each owner's ids in arrival order. */
  const byOwner = new Map<string, Map<string, number>>();
  let size = 0;
  // Visits the other owners one per claim, so an owner that stopped sending still has its ids purged.
  let sweep: Iterator<string> = byOwner.keys();
  // When full, every owner is purged, at most once a second: a full cache must not make each claim cost O(owners).
  let fullSweepAt = -Infinity;

  // Tokens have similar lifetimes and an owner's ids are stored in arrival order, so its expired ones are at
  // the front: stopping at the first live one makes purging cost amortised O(1) per claim, and memory then
  // tracks the live tokens (request rate x token lifetime) instead of climbing until the cache is full.
  function dropExpired(owner: string, ids: Map<string, number>, nowSeconds: number): void {
    for (const [id, expiresAt] of ids) {
      if (expiresAt >= nowSeconds) break;
      ids.delete(id);
      size -= 1;
    }
    if (ids.size === 0) byOwner.delete(owner);
  }

  /** Purges one owner other than `current`, taking turns, so an owner that stopped sending is purged too. */
  function sweepOne(current: string, nowSeconds: number): void {
    let next = sweep.next();
    if (next.done) {
      sweep = byOwner.keys();
      next = sweep.next();
    }
    if (next.done || next.value === current) return;
    const ids = byOwner.get(next.value);
    if (ids) dropExpired(next.value, ids, nowSeconds);
  }

  return {
    has(id, owner, nowSeconds) {
      const seen = byOwner.get(owner)?.get(id);
      return seen !== undefined && seen >= nowSeconds;
    },
    claim(id, owner, expiresAtSeconds, nowSeconds) {
      let ids = byOwner.get(owner);
      const seen = ids?.get(id);
      if (seen !== undefined && seen >= nowSeconds) return 'replayed';
      if (ids) dropExpired(owner, ids, nowSeconds);
      sweepOne(owner, nowSeconds);
      if (size >= maxEntries && nowSeconds > fullSweepAt) {
        fullSweepAt = nowSeconds;
        // Deleting the current entry while iterating a Map is safe, so no copy of a 250,000-owner map.
        for (const [other, otherIds] of byOwner) dropExpired(other, otherIds, nowSeconds);
      }
      if (size >= maxEntries) return 'full';
      ids = byOwner.get(owner);
      // An expired id the in-order purge has not reached yet (a token with a shorter life came later).
      if (seen !== undefined && ids?.delete(id)) size -= 1;
      if (ids !== undefined && ids.size >= maxPerOwner) return 'owner-full';
      if (ids === undefined) byOwner.set(owner, (ids = new Map()));
      ids.set(id, expiresAtSeconds);
      size += 1;
      return 'fresh';
    },
    retryAfterSeconds(nowSeconds, owner) {
      // A loop, not Math.min(...spread): a spread of a few hundred thousand owners overflows the stack.
      let oldest = Infinity;
      const heads = owner === undefined ? byOwner.values() : [byOwner.get(owner) ?? new Map<string, number>()];
      for (const ids of heads) oldest = Math.min(oldest, ids.values().next().value ?? Infinity);
      return Number.isFinite(oldest) ? Math.max(1, Math.ceil(oldest - nowSeconds) + 1) : 1;
    },
    get size() {
      return size;
    },
    get owners() {
      return byOwner.size;
    },
  };
}
