/**
 * Worker-thread entry for `assess --ndjson --workers n`: receives blocks of lines, answers each with its
 * formatted output. The settings (assessment options, line format) come once, in `workerData`. Input and
 * output bytes are transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assessBlock, type BatchSettings } from './assess-lines.js';
import type { LineBlock } from './line-blocks.js';

/** A block sent to a worker. */
export interface BlockRequest {
  readonly seq: number;
  readonly block: LineBlock;
}

if (!parentPort) throw new Error('assess-worker must run in a worker thread');
const port = parentPort;
const settings = workerData as BatchSettings;
port.on('message', ({ seq, block }: BlockRequest) => {
  const output = assessBlock(block, settings);
  const { buffer } = output.bytes;
  // A small Buffer may share the pool's ArrayBuffer; only a buffer of its own can be transferred.
  const own = output.bytes.byteOffset === 0 && output.bytes.byteLength === buffer.byteLength;
  port.postMessage({ seq, ...output }, own ? [buffer as ArrayBuffer] : []);
});
