/**
 * Time limits. A host callback that never settles must not hold a request (or a client) forever: the
 * request is answered with an error when the limit passes, and the callback's signal is aborted.
 */
import { HttpError } from './http-error.js';

/**
 * Runs `work` with an abort signal that fires after `ms`; rejects with `onTimeout()` at that moment even if
 * `work` ignores the signal.
 */
export async function withDeadline<T>(ms: number, onTimeout: () => HttpError, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(onTimeout());
      reject(onTimeout());
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
