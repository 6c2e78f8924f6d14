import { describe, expect, it } from 'vitest';
import { createReplayCache } from '../../src/auth/index.js';

describe('createReplayCache', () => {
  it('remembers an id until it expires, then forgets it', () => {
    const cache = createReplayCache(10);
    expect(cache.claim('a', 100, 50)).toBe('fresh');
    expect(cache.claim('a', 100, 99)).toBe('replayed');
    expect(cache.claim('a', 200, 101)).toBe('fresh');
  });

  it('when full of live ids, refuses new ones instead of forgetting old ones', () => {
    const cache = createReplayCache(2);
    expect([cache.claim('a', 100, 0), cache.claim('b', 100, 0), cache.claim('c', 100, 0)]).toEqual(['fresh', 'fresh', 'full']);
    expect(cache.claim('a', 100, 1)).toBe('replayed');
    expect(cache.claim('c', 300, 150)).toBe('fresh');
    expect(cache.size).toBe(1);
  });

  it('holds only live ids even when far from full, so memory follows the live tokens under sustained load', () => {
    const cache = createReplayCache(1_000_000);
    // Ten minutes of one token per second, each valid for five minutes: only the last five minutes stay.
    for (let now = 0; now < 600; now++) expect(cache.claim(`t${now}`, now + 300, now)).toBe('fresh');
    expect(cache.size).toBe(301);
  });

  it('frees expired ids from the oldest on, when full', () => {
    const cache = createReplayCache(3);
    expect([cache.claim('a', 10, 0), cache.claim('b', 20, 0), cache.claim('c', 30, 0)]).toEqual(['fresh', 'fresh', 'fresh']);
    expect(cache.claim('d', 40, 21)).toBe('fresh');
    expect(cache.size).toBe(2);
    expect(cache.claim('c', 40, 22)).toBe('replayed');
  });
});
