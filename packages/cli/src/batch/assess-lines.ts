/**
 * Assesses a batch of NDJSON lines with `assessSync`, the core's synchronous path for batch work (its
 * reports equal the asynchronous `assess`'s; the core holds the two paths equal with a differential test).
 * The one formatting routine used by the in-process path and by every worker thread, so their output can
 * only differ in order, which the pool preserves.
 */
import { assessSync, type AssessOptions } from '@recovery-rules/core';
import { ExitCode, worseExitCode } from '../exit-codes.js';
import { errorLine, failureOf } from '../failure.js';
import { parseJson } from '../parse-json.js';
import type { BatchOutput, NumberedLine } from './numbered-line.js';

/** Assesses each line; a bad line becomes `{"error": {..., "line": n}}` in its place. */
export function assessLines(lines: readonly NumberedLine[], options: AssessOptions): BatchOutput {
  let text = '';
  let bad = 0;
  let exitCode: ExitCode = ExitCode.Evaluated;
  for (const { line, text: input } of lines) {
    try {
      text += `${JSON.stringify(assessSync(parseJson(input), options))}\n`;
    } catch (error) {
      const failure = failureOf(error);
      text += `${errorLine(failure, { line })}\n`;
      exitCode = worseExitCode(exitCode, failure.exitCode);
      bad += 1;
    }
  }
  return { text, bad, exitCode };
}
