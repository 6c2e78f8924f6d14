/**
 * Reads facts input from a file or standard input (`-`). A path that cannot be opened is a usage error:
 * the caller named the wrong thing, and there is no input to judge.
 */
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** Where input comes from: `-` means standard input. */
export type InputSource = string;

/**
 * Opens the input: a file as UTF-8 text, or with `raw` as bytes; standard input as it comes. A file that
 * cannot be read is a usage error.
 */
export async function openSource(source: InputSource, io: CliIo, { raw = false } = {}): Promise<Readable> {
  if (source === '-') {
    if (io.stdin.isTTY) io.stderr.write('Reading facts from standard input; finish with Ctrl-D.\n');
    return io.stdin;
  }
  try {
    const handle = await open(source, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new UsageError(`cannot read "${source}": it is a directory`);
    }
    return raw ? handle.createReadStream() : handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read "${source}" (${reason})`);
  }
}

/** Removes a UTF-8 byte-order mark, which some editors write and JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The whole input as text. */
export async function readAll(source: InputSource, io: CliIo): Promise<string> {
  const stream = await openSource(source, io);
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  return stripBom(text);
}

/** The input's lines with their 1-based numbers, streamed so large batches never sit in memory. */
export async function* readLines(source: InputSource, io: CliIo): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({ input: await openSource(source, io), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    yield { line, text: line === 1 ? stripBom(text) : text };
  }
}
