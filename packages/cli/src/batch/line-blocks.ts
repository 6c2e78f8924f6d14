/**
 * Splits NDJSON input into blocks of whole lines, as raw bytes, for the batch evaluators. The main thread
 * only finds line breaks (memchr-fast `indexOf` on bytes) and counts them, so each block knows the number
 * of its first line; decoding, splitting into lines and parsing happen where the block is assessed. A
 * block's bytes are its own, so a worker can take them without a copy (a transferred ArrayBuffer).
 *
 * Line breaks are those of node:readline, which `evaluate --ndjson` uses: `\n`, `\r\n` and a lone `\r`.
 * Blocks are cut only after a `\n`, so a `\r\n` pair and a multi-byte UTF-8 character never straddle two
 * blocks, and decoding block by block gives the same text as decoding the whole input.
 */
import type { CliIo } from '../io.js';
import { openSource, type InputSource } from '../read-input.js';

/** Whole input lines as UTF-8 bytes, and the 1-based number of the first. */
export interface LineBlock {
  readonly firstLine: number;
  readonly bytes: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;

/** Line breaks in `bytes` as node:readline counts them (`\n`, `\r\n`, or a lone `\r`). */
export function countLineBreaks(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let breaks = 0;
  for (let at = buffer.indexOf(LF); at !== -1; at = buffer.indexOf(LF, at + 1)) breaks += 1;
  // Rare in NDJSON: a carriage return not followed by a line feed ends a line too.
  for (let at = buffer.indexOf(CR); at !== -1; at = buffer.indexOf(CR, at + 1)) if (buffer[at + 1] !== LF) breaks += 1;
  return breaks;
}

/** Splits decoded block text into lines exactly where node:readline would. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  // Text that ends in a line break leaves an empty piece after it, which is no line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function toBytes(chunk: unknown): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
}

/** A fresh copy of `parts`, `length` bytes in all: its ArrayBuffer belongs to nobody else. */
function joined(parts: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/**
 * Streams the input as blocks of whole lines of at least `blockBytes` bytes (except the last), each cut
 * after the last line feed received; a line longer than that makes its block longer, never splits.
 */
export async function* lineBlocks(source: InputSource, io: CliIo, blockBytes: number): AsyncGenerator<LineBlock> {
  const stream = await openSource(source, io, { raw: true });
  let parts: Uint8Array[] = [];
  let pending = 0;
  let nextLine = 1;
  const cut = (bytes: Uint8Array, end: number): LineBlock => {
    const block = { firstLine: nextLine, bytes: bytes.subarray(0, end) };
    nextLine += countLineBreaks(block.bytes);
    return block;
  };
  for await (const chunk of stream) {
    const bytes = toBytes(chunk);
    parts.push(bytes);
    pending += bytes.byteLength;
    if (pending < blockBytes || bytes.lastIndexOf(LF) === -1) continue;
    const all = joined(parts, pending);
    const end = all.lastIndexOf(LF) + 1;
    // The block keeps a view on the whole copy; the rest is copied out so no two owners share a buffer.
    const rest = all.slice(end);
    yield cut(all, end);
    parts = rest.byteLength > 0 ? [rest] : [];
    pending = rest.byteLength;
  }
  if (pending > 0) yield cut(joined(parts, pending), pending);
}
