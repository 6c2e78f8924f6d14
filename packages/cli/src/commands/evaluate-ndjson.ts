/**
 * `recovery-rules evaluate <id> --ndjson [file|-]`: one facts object per line in, one result per line out,
 * in the same order. Lines are evaluated one after another, so output order is input order by construction.
 */
import { runText, type Runner } from '../evaluate-text.js';
import { ExitCode, worseExitCode } from '../exit-codes.js';
import { errorLine } from '../failure.js';
import type { CliIo } from '../io.js';
import { readLines, type InputSource } from '../read-input.js';

/**
 * Evaluates every non-blank line. A bad line prints `{"error": {..., "line": n}}` in its place and the rest
 * go on. Blank lines print nothing. Returns 0 when every line evaluated, else the worst line's exit code
 * (1 for invalid input), decided only after all lines were processed.
 */
export async function runNdjson<T>(run: Runner<T>, source: InputSource, io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Evaluated;
  let bad = 0;
  for await (const { line, text } of readLines(source, io)) {
    if (text.trim() === '') continue;
    const outcome = await runText(run, text);
    if (outcome.ok) {
      io.stdout.write(`${JSON.stringify(outcome.result)}\n`);
    } else {
      io.stdout.write(`${errorLine(outcome.failure, { line })}\n`);
      exitCode = worseExitCode(exitCode, outcome.failure.exitCode);
      bad += 1;
    }
  }
  if (bad > 0) io.stderr.write(`recovery-rules: ${bad} line(s) could not be evaluated; see the "error" lines on stdout\n`);
  return exitCode;
}
