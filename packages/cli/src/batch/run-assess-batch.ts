/**
 * `recovery-rules assess --ndjson`: streams the input in blocks of whole lines to an evaluator (this thread,
 * or worker threads) and writes the answers in input order. This thread only cuts blocks and copies output
 * bytes; decoding, parsing, assessing and formatting happen in the workers. At most a few blocks per worker
 * are in flight, and output waits for the reader to drain, so memory stays flat however long the input is.
 */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { ExitCode, worseExitCode } from '../exit-codes.js';
import { writeOut, type CliIo } from '../io.js';
import type { InputSource } from '../read-input.js';
import { assessBlock, type BatchSettings } from './assess-lines.js';
import type { BatchOutput } from './batch-output.js';
import { lineBlocks } from './line-blocks.js';
import { workerPool, type BatchEvaluator } from './worker-pool.js';

/**
 * Input bytes per block sent to a worker (a few hundred patients): enough to make messaging cost
 * negligible, few enough that the blocks in flight and their full reports stay small.
 */
export const BLOCK_BYTES = 256 * 1024;
/** Blocks in flight per worker: one being assessed, one waiting, so a worker never idles on the reader. */
const IN_FLIGHT_PER_WORKER = 2;
/** With `--workers` left out, a file at least this large is assessed by worker threads. */
export const AUTO_WORKERS_MIN_BYTES = 1024 * 1024;

/** `--workers`: a positive count, `auto` (one per available core), or unset (decided by input size). */
export type WorkersSetting = number | 'auto' | undefined;

/** The number of threads to use; 1 means in this thread, without workers. */
export async function resolveWorkers(setting: WorkersSetting, source: InputSource): Promise<number> {
  if (typeof setting === 'number') return setting;
  if (setting === 'auto') return availableParallelism();
  if (source === '-') return 1;
  const size = await stat(source).then((s) => s.size, () => 0);
  return size >= AUTO_WORKERS_MIN_BYTES ? availableParallelism() : 1;
}

function inProcess(settings: BatchSettings): BatchEvaluator {
  return {
    submit: (block) => Promise.resolve(assessBlock(block, settings)),
    close: () => Promise.resolve(),
  };
}

/**
 * Assesses every non-blank line with `threads` threads (1: this one). Returns 0 when every line evaluated,
 * else the worst line's exit code, decided after all lines were written.
 */
export async function runAssessBatch(source: InputSource, settings: BatchSettings, threads: number, io: CliIo): Promise<ExitCode> {
  const blocks = lineBlocks(source, io, BLOCK_BYTES);
  const evaluator = threads <= 1 ? inProcess(settings) : workerPool(threads, settings);
  const window = threads <= 1 ? 1 : threads * IN_FLIGHT_PER_WORKER;
  const inFlight: Promise<BatchOutput>[] = [];
  let exitCode: ExitCode = ExitCode.Evaluated;
  let bad = 0;
  const writeNext = async (): Promise<void> => {
    const output = await (inFlight.shift() as Promise<BatchOutput>);
    await writeOut(io, output.bytes);
    bad += output.bad;
    exitCode = worseExitCode(exitCode, output.exitCode as ExitCode);
  };
  try {
    for await (const block of blocks) {
      const answer = evaluator.submit(block);
      // Awaited later, in order; until then a failure must not count as unhandled.
      answer.catch(() => undefined);
      inFlight.push(answer);
      if (inFlight.length >= window) await writeNext();
    }
    while (inFlight.length > 0) await writeNext();
  } finally {
    await evaluator.close();
  }
  if (bad > 0) io.stderr.write(`recovery-rules: ${bad} line(s) could not be evaluated; see the "error" lines on stdout\n`);
  return exitCode;
}
