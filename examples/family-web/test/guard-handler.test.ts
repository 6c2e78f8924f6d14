import { describe, expect, it } from 'vitest';
import { guardWith } from '../src/components/guard-handler.js';

describe('guardWith', () => {
  it('passes the arguments through and reports nothing when the handler succeeds', () => {
    const failures: unknown[] = [];
    const seen: unknown[] = [];
    guardWith((error) => failures.push(error))((a: number, b: string) => seen.push(a, b))(1, 'x');
    expect(seen).toEqual([1, 'x']);
    expect(failures).toEqual([]);
  });

  it('hands what the handler threw to the failure callback instead of letting it escape', () => {
    const failures: unknown[] = [];
    const boom = new RangeError('bad wall time');
    const guarded = guardWith((error) => failures.push(error))(() => { throw boom; });
    expect(() => guarded()).not.toThrow();
    expect(failures).toEqual([boom]);
  });
});
