/**
 * Optional FHIR fetching for hook calls that arrive without some prefetch keys. The host opts in with a
 * fetcher (its FHIR client, its credentials); the handler calls it with a time limit. A fetcher that fails or
 * runs out of time fails the whole call (`upstream-failed`, `upstream-timeout`): cards are never built from
 * part of a chart while claiming to have read all of it. Keys the fetcher does not return stay missing, and
 * the cards then say which data is missing, as they do without a fetcher.
 */
import { PREFETCH_TEMPLATES } from '../cds-hooks/services.js';
import { withDeadline } from './deadline.js';
import { HttpError } from './http-error.js';

/** What the fetcher is asked for. */
export interface PrefetchFetchRequest {
  readonly serviceId: string;
  readonly hook: unknown;
  readonly context: Readonly<Record<string, unknown>>;
  /** The CDS client's FHIR server and its access token, as sent in the request (may be absent). */
  readonly fhirServer?: unknown;
  readonly fhirAuthorization?: unknown;
  /** Prefetch template keys absent or `null` in the request; see `PREFETCH_TEMPLATES` for their queries. */
  readonly missingKeys: readonly string[];
  /** Aborted when the time limit passes; pass it to `fetch`. */
  readonly signal: AbortSignal;
}

/** Fetches missing prefetch data: resolves with a value (resource, Bundle or `null`) per key it could fetch. */
export type PrefetchFetcher = (request: PrefetchFetchRequest) => Promise<Readonly<Record<string, unknown>>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body` with the missing prefetch keys filled in by `fetcher`; unchanged when nothing is missing. */
export async function completePrefetch(serviceId: string, body: unknown, fetcher: PrefetchFetcher, timeoutMs: number): Promise<unknown> {
  if (!isRecord(body) || !isRecord(body['context'])) return body;
  const given = isRecord(body['prefetch']) ? body['prefetch'] : {};
  const missingKeys = Object.keys(PREFETCH_TEMPLATES).filter((key) => given[key] === undefined || given[key] === null);
  if (missingKeys.length === 0) return body;
  const fetched = await withDeadline(
    timeoutMs,
    () => new HttpError('upstream-timeout', 'The FHIR server did not answer in time; no cards were computed'),
    (signal) =>
      fetcher({ serviceId, hook: body['hook'], context: body['context'] as Record<string, unknown>, fhirServer: body['fhirServer'], fhirAuthorization: body['fhirAuthorization'], missingKeys, signal }),
  ).catch((error: unknown) => {
    if (error instanceof HttpError) throw error;
    throw new HttpError('upstream-failed', 'The FHIR server could not be read; no cards were computed');
  });
  if (!isRecord(fetched)) throw new HttpError('upstream-failed', 'The FHIR fetcher returned no data object; no cards were computed');
  const filled = Object.fromEntries(missingKeys.filter((key) => fetched[key] !== undefined).map((key) => [key, fetched[key]]));
  return { ...body, prefetch: { ...given, ...filled } };
}
