/** Requests against the handler, for the HTTP tests. */
import { createHandler, type HandlerOptions } from '../../src/http/index.js';
import { fakeFactsMapper, fixedNow, sequentialUuid } from '../cds-hooks/support/fake-facts-mapper.js';

export const BASE = 'http://service.test';

export function testHandler(options: HandlerOptions = {}) {
  return createHandler({ factsFromFhir: fakeFactsMapper(), now: fixedNow, newUuid: sequentialUuid, ...options });
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A body streamed in chunks with no Content-Length, so only the streaming cap can stop it. */
export function streamedPost(path: string, totalBytes: number, chunkBytes = 64 * 1024): Request {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

export async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}
