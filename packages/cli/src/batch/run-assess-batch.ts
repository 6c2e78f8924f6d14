/**
 * `recovery-rules assess --ndjson`: streams input lines in batches to an evaluator (this thread, or worker
 * threads) and writes the answers in input order. At most a few batches per worker are in flight, and
 * output waits for the reader to drain, so memory stays flat however long the input is.
 */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import type { AssessOptions } from '@recovery-rules/core/sync';
import { ExitCode, worseExitCode } from '../exit-codes.js';
import { writeOut, type CliIo } from '../io.js';
import { readLines, type InputSource } from '../read-input.js';
import { assessLines } from './assess-lines.js';
import type { BatchOutput, NumberedLine } from './numbered-line.js';
import { workerPool, type BatchEvaluator } from './worker-pool.js';

/** Lines per message to a worker: enough to make messaging cost negligible, few enough to keep memory low. */
export const BATCH_LINES = 256;
/** Batches in flight per worker: one being assessed, one waiting, so a worker never idles on the reader. */
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

function inProcess(options: AssessOptions): BatchEvaluator {
  return {
    submit: (lines) => Promise.resolve(assessLines(lines, options)),
    close: () => Promise.resolve(),
  };
}

async function* batches(source: InputSource, io: CliIo): AsyncGenerator<NumberedLine[]> {
  let batch: NumberedLine[] = [];
  for await (const numbered of readLines(source, io)) {
    if (numbered.text.trim() === '') continue;
    batch.push(numbered);
    if (batch.length === BATCH_LINES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Assesses every non-blank line with `threads` threads (1: this one). Returns 0 when every line evaluated,
 * else the worst line's exit code, decided after all lines were written.
 */
export async function runAssessBatch(source: InputSource, options: AssessOptions, threads: number, io: CliIo): Promise<ExitCode> {
  const lines = batches(source, io);
  const evaluator = threads <= 1 ? inProcess(options) : workerPool(threads, options);
  const window = threads <= 1 ? 1 : threads * IN_FLIGHT_PER_WORKER;
  const inFlight: Promise<BatchOutput>[] = [];
  let exitCode: ExitCode = ExitCode.Evaluated;
  let bad = 0;
  const writeNext = async (): Promise<void> => {
    const output = await (inFlight.shift() as Promise<BatchOutput>);
    await writeOut(io, output.text);
    bad += output.bad;
    exitCode = worseExitCode(exitCode, output.exitCode as ExitCode);
  };
  try {
    for await (const batch of lines) {
      const answer = evaluator.submit(batch);
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
