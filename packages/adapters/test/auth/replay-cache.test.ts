import { describe, expect, it } from 'vitest';
import { createReplayCache } from '../../src/auth/index.js';

describe('createReplayCache', () => {
  it('remembers an id until it expires, then forgets it', () => {
    const cache = createReplayCache(10);
    expect(cache.claim('a', 'ehr', 100, 50)).toBe('fresh');
    expect(cache.claim('a', 'ehr', 100, 99)).toBe('replayed');
    expect(cache.claim('a', 'ehr', 200, 101)).toBe('fresh');
  });

  it('when full of live ids, refuses new ones instead of forgetting old ones', () => {
    const cache = createReplayCache(2);
    expect([cache.claim('a', 'ehr', 100, 0), cache.claim('b', 'ehr', 100, 0), cache.claim('c', 'ehr', 100, 0)]).toEqual(['fresh', 'fresh', 'full']);
    expect(cache.claim('a', 'ehr', 100, 1)).toBe('replayed');
    expect(cache.claim('c', 'ehr', 300, 150)).toBe('fresh');
    expect(cache.size).toBe(1);
  });

  it('holds only live ids even when far from full, so memory follows the live tokens under sustained load', () => {
    const cache = createReplayCache(1_000_000);
    // Ten minutes of one token per second, each valid for five minutes: only the last five minutes stay.
    for (let now = 0; now < 600; now++) expect(cache.claim(`t${now}`, 'ehr', now + 300, now)).toBe('fresh');
    expect(cache.size).toBe(301);
  });

  it('frees expired ids from the oldest on, when full', () => {
    const cache = createReplayCache(3);
    expect([cache.claim('a', 'ehr', 10, 0), cache.claim('b', 'ehr', 20, 0), cache.claim('c', 'ehr', 30, 0)]).toEqual(['fresh', 'fresh', 'fresh']);
    expect(cache.claim('d', 'ehr', 40, 21)).toBe('fresh');
    expect(cache.size).toBe(2);
    expect(cache.claim('c', 'ehr', 40, 22)).toBe('replayed');
  });

  it('purges the ids of clients that stopped sending, and forgets those clients, while others keep sending', () => {
    const cache = createReplayCache(1_000_000);
    for (let client = 0; client < 50; client++) cache.claim(`first-${client}`, `client-${client}`, 300, 0);
    expect(cache.owners).toBe(50);
    for (let now = 301; now < 400; now++) cache.claim(`t${now}`, 'busy', now + 300, now);
    expect(cache.owners).toBe(1);
    expect(cache.size).toBe(99);
  });

  it('counts a re-used id that expired but was not purged yet only once', () => {
    const cache = createReplayCache(10);
    expect(cache.claim('long', 'ehr', 1000, 0)).toBe('fresh');
    expect(cache.claim('short', 'ehr', 10, 0)).toBe('fresh');
    // 'short' expired but sits behind a live id, so the in-order purge has not reached it.
    expect(cache.claim('short', 'ehr', 500, 20)).toBe('fresh');
    expect(cache.size).toBe(2);
  });

  it('gives each owner at most its share, leaving room for the others', () => {
    const cache = createReplayCache({ maxEntries: 10, maxPerOwner: 3 });
    expect(['a', 'b', 'c', 'd'].map((id) => cache.claim(id, 'greedy', 100 + id.charCodeAt(0), 0))).toEqual(['fresh', 'fresh', 'fresh', 'owner-full']);
    expect(cache.claim('a', 'polite', 100, 0)).toBe('fresh');
    // The greedy owner's oldest id ('a', until 197) frees its next place.
    expect(cache.retryAfterSeconds(0, 'greedy')).toBe(198);
    expect(cache.claim('e', 'greedy', 300, 198)).toBe('fresh');
  });

  it('says when a full cache frees its next place', () => {
    const cache = createReplayCache(2);
    cache.claim('a', 'one', 50, 0);
    cache.claim('b', 'two', 40, 0);
    expect(cache.claim('c', 'three', 60, 0)).toBe('full');
    expect(cache.retryAfterSeconds(10)).toBe(31);
    expect(cache.retryAfterSeconds(10, 'nobody')).toBe(1);
  });

  it('refuses impossible bounds', () => {
    expect(() => createReplayCache(0)).toThrow(RangeError);
    expect(() => createReplayCache({ maxEntries: 10, maxPerOwner: 1.5 })).toThrow(RangeError);
  });

  it('tells a live replay apart without recording anything, and forgets it once expired', () => {
    const cache = createReplayCache(10);
    expect(cache.has('a', 'client', 100)).toBe(false);
    expect(cache.claim('a', 'client', 160, 100)).toBe('fresh');
    expect([cache.has('a', 'client', 150), cache.has('a', 'other', 150), cache.has('a', 'client', 161)]).toEqual([true, false, false]);
    expect(cache.size).toBe(1);
  });

  it('answers retryAfterSeconds with hundreds of thousands of owners (no argument spread)', () => {
    const cache = createReplayCache(300_000);
    for (let owner = 0; owner < 200_000; owner += 1) cache.claim('jti', `client ${owner}`, 1_000 + (owner % 50), 900);
    expect(cache.owners).toBe(200_000);
    expect(cache.retryAfterSeconds(900)).toBe(101);
  });
});
