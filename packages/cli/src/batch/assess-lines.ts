/**
 * Assesses a block of NDJSON lines with `assessSync`, the core's synchronous path for batch work (its
 * reports equal the asynchronous `assess`'s; the core holds the two paths equal with a differential test).
 * The one formatting routine used by the in-process path and by every worker thread, so their output can
 * only differ in order, which the pool preserves.
 */
import { assessSync, type AssessOptions } from '@recovery-rules/core';
import { ExitCode, worseExitCode } from '../exit-codes.js';
import { errorLine, failureOf } from '../failure.js';
import { parseJson } from '../parse-json.js';
import { stripBom } from '../read-input.js';
import { splitLines, type LineBlock } from './line-blocks.js';
import type { BatchOutput } from './batch-output.js';
import { summaryLine } from './summary-line.js';

/** What each line prints: the full assessment report, or the compact summary of `--summary`. */
export type LineFormat = 'report' | 'summary';

/** How a batch is assessed and printed; the same for every thread. */
export interface BatchSettings {
  readonly options: AssessOptions;
  readonly format: LineFormat;
}

/**
 * Assesses each non-blank line of `block`; a bad line becomes `{"error": {..., "line": n}}` in its place,
 * and a blank line prints nothing.
 */
export function assessBlock({ firstLine, bytes }: LineBlock, { options, format }: BatchSettings): BatchOutput {
  const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const lines = splitLines(firstLine === 1 ? stripBom(decoded) : decoded);
  let text = '';
  let bad = 0;
  let exitCode: ExitCode = ExitCode.Evaluated;
  for (let index = 0; index < lines.length; index += 1) {
    const input = lines[index] as string;
    if (input.trim() === '') continue;
    const line = firstLine + index;
    try {
      const report = assessSync(parseJson(input), options);
      text += `${JSON.stringify(format === 'summary' ? summaryLine(report, line) : report)}\n`;
    } catch (error) {
      const failure = failureOf(error);
      text += `${errorLine(failure, { line })}\n`;
      exitCode = worseExitCode(exitCode, failure.exitCode);
      bad += 1;
    }
  }
  // Encoded here, in the worker when there is one, so the main thread only copies bytes to stdout.
  return { bytes: Buffer.from(text, 'utf8'), bad, exitCode };
}
