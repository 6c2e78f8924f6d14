/**
 * Checks around one call on hostile input: it ends within a time budget, it throws nothing but the
 * expected typed error, it leaves its input exactly as it was, and it pollutes no prototype.
 */
import { expect } from 'vitest';
import { CALL_BUDGET_MS } from './fuzz-settings.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/** Freezes a value and everything inside it, without recursion, so that any write to it throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object' || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Reflect.ownKeys(next)) stack.push((next as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A fingerprint of a JSON-like value that sees own `__proto__` keys, -0, NaN and lone surrogates. */
export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') {
      parts.push(typeof next === 'number' && Object.is(next, -0) ? '-0' : typeof next === 'string' ? JSON.stringify(next) : String(next));
      continue;
    }
    const keys = Reflect.ownKeys(next).map(String);
    parts.push(`${Array.isArray(next) ? '[' : '{'}${keys.map((k) => JSON.stringify(k)).join(',')}`);
    for (const key of Reflect.ownKeys(next)) stack.push((next as Record<PropertyKey, unknown>)[key]);
  }
  return parts.join('|');
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const keysOf = () => prototypes.map((p) => Reflect.ownKeys(p).map(String).sort().join(','));
const before = keysOf();

/** Fails when any built-in prototype gained or lost a key, or a plain object sees a stray property. */
export function expectNoPollution(): void {
  expect(keysOf()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted']).toBeUndefined();
  expect(probe['all']).toBeUndefined();
  expect(probe['fact']).toBeUndefined();
}

/**
 * Runs `call` on frozen `input`: it must return, or throw an instance of one of `allowed`, within the call
 * budget, leave `input` unchanged and pollute nothing. Returns what it returned (or undefined). Pass `print`
 * (the input's fingerprint before any call) when making several calls on one input.
 */
export function expectContained<T>(input: unknown, allowed: readonly ErrorClass[], call: (input: unknown) => T, print = fingerprint(input)): T | undefined {
  deepFreeze(input);
  const started = performance.now();
  let result: T | undefined;
  try {
    result = call(input);
  } catch (error) {
    if (!allowed.some((kind) => error instanceof kind)) throw new Error(`unexpected ${String(error)}`, { cause: error });
  }
  expect(performance.now() - started).toBeLessThan(CALL_BUDGET_MS);
  expect(fingerprint(input)).toBe(print);
  expectNoPollution();
  return result;
}
