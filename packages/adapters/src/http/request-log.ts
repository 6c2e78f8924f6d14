/**
 * Structured request logs that never carry patient data. The handler builds events only from the route, the
 * status, the error code, timings and the client id; `redactLogEvent` then keeps only those allow-listed
 * fields, so even a future change that put a body or an error message into an event would not reach the log.
 */

/** One log event. No field holds request or response content. */
export interface RequestLogEvent {
  readonly event: 'request' | 'auth-refused' | 'internal-error';
  readonly method?: string;
  /** The route kind (`service`, `feedback`, …), never the raw URL, whose query could name a patient. */
  readonly route?: string;
  readonly serviceId?: string;
  readonly status?: number;
  readonly code?: string;
  readonly durationMs?: number;
  readonly client?: string;
  /** For `internal-error`: the error's class name only; its message may quote data. */
  readonly errorName?: string;
}

/** Receives log events. */
export type RequestLogger = (event: RequestLogEvent) => void;

const ALLOWED: ReadonlySet<string> = new Set(['event', 'method', 'route', 'serviceId', 'status', 'code', 'durationMs', 'client', 'errorName']);
const SAFE_TEXT = /^[\w .:/@+-]{0,200}$/;

/** A copy of `event` with only allow-listed fields holding numbers or short plain strings. */
export function redactLogEvent(event: RequestLogEvent): RequestLogEvent {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(event)) {
    if (!ALLOWED.has(key)) continue;
    if (typeof value === 'number' && Number.isFinite(value)) kept[key] = value;
    else if (typeof value === 'string' && SAFE_TEXT.test(value)) kept[key] = value;
  }
  return kept as unknown as RequestLogEvent;
}
