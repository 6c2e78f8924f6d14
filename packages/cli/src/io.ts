import type { Readable } from 'node:stream';

/** The streams a command uses; injected so commands never reach for `process` themselves. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: { write(text: string | Uint8Array): unknown; once?(event: 'drain', listener: () => void): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * Writes to stdout and, when the stream reports its buffer full, waits until it drains, so a fast producer
 * never piles output up in memory ahead of a slow reader.
 */
export async function writeOut(io: CliIo, text: string | Uint8Array): Promise<void> {
  const { stdout } = io;
  if (stdout.write(text) === false && stdout.once) {
    await new Promise<void>((resolve) => stdout.once?.('drain', resolve));
  }
}
