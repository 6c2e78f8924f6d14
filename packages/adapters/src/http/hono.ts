/**
 * Hono needs no adapter code: its context exposes the Fetch-API request. `honoRoute` is the one line, typed
 * structurally so this package does not import Hono:
 *
 * ```ts
 * app.all('*', honoRoute(handler)); // same as (c) => handler(c.req.raw)
 * ```
 */
import type { FetchHandler } from './create-handler.js';

/** The part of a Hono context the route reads. */
export interface HonoLikeContext {
  readonly req: { readonly raw: Request };
}

/** A Hono route function that passes the raw request to `handler`. */
export function honoRoute(handler: FetchHandler): (c: HonoLikeContext) => Promise<Response> {
  return (c) => handler(c.req.raw);
}
