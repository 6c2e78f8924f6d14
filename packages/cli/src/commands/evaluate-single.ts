/** `recovery-rules evaluate <id> [file|-]`: one facts object in, one result out. */
import type { BuiltInRuleSetId, EvaluateOptions } from '@recovery-rules/core';
import { evaluateText } from '../evaluate-text.js';
import { ExitCode } from '../exit-codes.js';
import { errorLine, errorSummary } from '../failure.js';
import { formatPrettyFailure } from '../format/pretty-failure.js';
import { formatPrettyResult } from '../format/pretty-result.js';
import type { CliIo } from '../io.js';
import { readAll, type InputSource } from '../read-input.js';

/**
 * Reads the whole input as one facts object and prints the core's result as one line of JSON (or readable
 * text with `pretty`). Invalid input prints `{"error": ...}` on stdout and a short line on stderr.
 */
export async function runEvaluateSingle(
  ruleSetId: BuiltInRuleSetId,
  source: InputSource,
  options: EvaluateOptions,
  pretty: boolean,
  io: CliIo,
): Promise<ExitCode> {
  const outcome = await evaluateText(ruleSetId, await readAll(source, io), options);
  if (outcome.ok) {
    io.stdout.write(pretty ? formatPrettyResult(outcome.result) : `${JSON.stringify(outcome.result)}\n`);
    return ExitCode.Evaluated;
  }
  io.stdout.write(pretty ? formatPrettyFailure(outcome.failure.body) : `${errorLine(outcome.failure)}\n`);
  io.stderr.write(`${errorSummary(outcome.failure)}\n`);
  return outcome.failure.exitCode;
}
