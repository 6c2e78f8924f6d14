/**
 * A fixed pool of worker threads that assess blocks of lines. Each block goes to the worker with the
 * fewest blocks outstanding, its bytes transferred rather than copied; answers come back as promises,
 * which the caller awaits in submission order.
 */
import { Worker } from 'node:worker_threads';
import type { BatchSettings } from './assess-lines.js';
import type { BlockRequest } from './assess-worker.js';
import type { BatchOutput } from './batch-output.js';
import type { LineBlock } from './line-blocks.js';

/** Evaluates blocks of lines somewhere: in this thread or in worker threads. The block's bytes are handed over. */
export interface BatchEvaluator {
  submit(block: LineBlock): Promise<BatchOutput>;
  close(): Promise<void>;
}

interface Pending {
  resolve(output: BatchOutput): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Why the worker stopped, once it has: a stopped worker would never answer a block sent to it. */
  stopped?: Error;
}

const WORKER_URL = new URL('./assess-worker.js', import.meta.url);

function startWorker(settings: BatchSettings): PoolWorker {
  const worker = new Worker(WORKER_URL, { workerData: settings });
  const pending = new Map<number, Pending>();
  const pooled: PoolWorker = { worker, pending };
  const failAll = (error: Error) => {
    pooled.stopped ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: BatchOutput & { seq: number }) => {
    const waiting = pending.get(answer.seq);
    pending.delete(answer.seq);
    waiting?.resolve({ bytes: answer.bytes, bad: answer.bad, exitCode: answer.exitCode });
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`an assessment worker stopped unexpectedly (exit code ${code})`)));
  return pooled;
}

/** Starts `count` workers that assess with `settings`. */
export function workerPool(count: number, settings: BatchSettings): BatchEvaluator {
  const workers = Array.from({ length: count }, () => startWorker(settings));
  let seq = 0;
  return {
    submit(block) {
      // A stopped worker has nothing pending, so it would look least busy and swallow the block for ever.
      const stopped = workers.find((w) => w.stopped !== undefined)?.stopped;
      if (stopped) return Promise.reject(stopped);
      const target = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
      const request: BlockRequest = { seq: seq++, block };
      return new Promise<BatchOutput>((resolve, reject) => {
        target.pending.set(request.seq, { resolve, reject });
        target.worker.postMessage(request, [block.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      for (const { worker } of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
