import type { Readable } from 'node:stream';

/** The streams a command uses; injected so commands never reach for `process` themselves. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}
