/**
 * A fixed pool of worker threads that assess batches of lines. Each batch goes to the worker with the
 * fewest batches outstanding; answers come back as promises, which the caller awaits in submission order.
 */
import { Worker } from 'node:worker_threads';
import type { AssessOptions } from '@recovery-rules/core/sync';
import type { BatchRequest } from './assess-worker.js';
import type { BatchOutput, NumberedLine } from './numbered-line.js';

/** Evaluates batches somewhere: in this thread or in worker threads. */
export interface BatchEvaluator {
  submit(lines: readonly NumberedLine[]): Promise<BatchOutput>;
  close(): Promise<void>;
}

interface Pending {
  resolve(output: BatchOutput): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./assess-worker.js', import.meta.url);

function startWorker(options: AssessOptions): PoolWorker {
  const worker = new Worker(WORKER_URL, { workerData: options });
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: BatchOutput & { seq: number }) => {
    const waiting = pending.get(answer.seq);
    pending.delete(answer.seq);
    waiting?.resolve({ text: answer.text, bad: answer.bad, exitCode: answer.exitCode });
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`an assessment worker stopped unexpectedly (exit code ${code})`)));
  return { worker, pending };
}

/** Starts `count` workers that assess with `options`. */
export function workerPool(count: number, options: AssessOptions): BatchEvaluator {
  const workers = Array.from({ length: count }, () => startWorker(options));
  let seq = 0;
  return {
    submit(lines) {
      const target = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
      const request: BatchRequest = { seq: seq++, lines };
      return new Promise<BatchOutput>((resolve, reject) => {
        target.pending.set(request.seq, { resolve, reject });
        target.worker.postMessage(request);
      });
    },
    async close() {
      for (const { worker } of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
