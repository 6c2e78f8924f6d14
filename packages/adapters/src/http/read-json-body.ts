/**
 * Reads a JSON request body safely: the media type must be JSON, the size is capped while the stream is read
 * (a missing or false Content-Length does not get past the cap), and malformed JSON is a 400, not a crash.
 */
import { HttpError } from './http-error.js';

/** `application/json` or any `+json` type, with optional parameters such as `charset`. */
const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError('body-too-large', `The request body is larger than ${maxBytes} bytes`);
}

/**
 * The parsed JSON body of `request`.
 * @throws {@link HttpError} `unsupported-media-type`, `body-too-large` or `invalid-json`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new HttpError('unsupported-media-type', `Send the body as application/json (received ${type ? `"${type}"` : 'no content type'})`);
  }
  const bytes = await readCapped(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError('invalid-json', 'The request body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError('invalid-json', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
