/** `evaluate` and `assess` on one facts object: one object in, one result out. */
import { runText, type Runner } from '../evaluate-text.js';
import { ExitCode } from '../exit-codes.js';
import { errorLine, errorSummary } from '../failure.js';
import { formatPrettyFailure } from '../format/pretty-failure.js';
import type { CliIo } from '../io.js';
import { readAll, type InputSource } from '../read-input.js';

/**
 * Reads the whole input as one facts object and prints the core's result as one line of JSON (or readable
 * text with `pretty`). Invalid input prints `{"error": ...}` on stdout and a short line on stderr.
 */
export async function runSingle<T>(
  run: Runner<T>,
  source: InputSource,
  pretty: ((result: T) => string) | undefined,
  io: CliIo,
): Promise<ExitCode> {
  const outcome = await runText(run, await readAll(source, io));
  if (outcome.ok) {
    io.stdout.write(pretty ? pretty(outcome.result) : `${JSON.stringify(outcome.result)}\n`);
    return ExitCode.Evaluated;
  }
  io.stdout.write(pretty !== undefined ? formatPrettyFailure(outcome.failure.body) : `${errorLine(outcome.failure)}\n`);
  io.stderr.write(`${errorSummary(outcome.failure)}\n`);
  return outcome.failure.exitCode;
}
