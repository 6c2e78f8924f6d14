import { useMemo, useState } from 'react';

/** Wraps an event handler so that whatever it throws is handed to `fail` instead of escaping. */
export type HandlerGuard = <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => void;

/**
 * React's error boundaries only see errors thrown while rendering. A click or submit handler that throws
 * would leave the person on a screen where the button silently does nothing; in an emergency flow that is
 * the worst outcome. `guardWith(fail)` passes each thrown error to `fail`, which rethrows it in the next render.
 */
export function guardWith(fail: (error: unknown) => void): HandlerGuard {
  return (handler) => (...args) => {
    try {
      handler(...args);
    } catch (error) {
      fail(error);
    }
  };
}

/**
 * A {@link HandlerGuard} whose errors reach the nearest error boundary (`SafeFallback`, which always shows the
 * call button and a way to start again).
 */
export function useHandlerGuard(): HandlerGuard {
  const [, setFailure] = useState<null>(null);
  return useMemo(() => guardWith((error) => setFailure(() => { throw error; })), []);
}
