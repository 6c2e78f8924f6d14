/**
 * Worker-thread entry for `assess --ndjson --workers n`: receives batches of lines, answers each with its
 * formatted output. The assessment options come once, in `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AssessOptions } from '@recovery-rules/core/sync';
import { assessLines } from './assess-lines.js';
import type { NumberedLine } from './numbered-line.js';

/** A batch sent to a worker. */
export interface BatchRequest {
  readonly seq: number;
  readonly lines: readonly NumberedLine[];
}

if (!parentPort) throw new Error('assess-worker must run in a worker thread');
const port = parentPort;
const options = workerData as AssessOptions;
port.on('message', (request: BatchRequest) => {
  port.postMessage({ seq: request.seq, ...assessLines(request.lines, options) });
});
