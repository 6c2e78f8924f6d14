/** `recovery-rules validate <files…>`: every loader check, each problem at its file:line:column. */
import { readFile } from 'node:fs/promises';
import { formatProblem, validateFile } from '../authoring/validate-file.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/**
 * Validates each file and prints its problems (or a one-line summary when it is valid). Exits 1 when any
 * file has a problem, after checking them all.
 * @throws {@link UsageError} when no file is given or a file cannot be read.
 */
export async function runValidate(files: readonly string[], io: CliIo): Promise<ExitCode> {
  if (files.length === 0) throw new UsageError('"validate" needs at least one rule-set file');
  let exitCode: ExitCode = ExitCode.Evaluated;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = validateFile(file, text);
    if (result.ok) {
      io.stdout.write(`${file}: ok (${result.id} ${result.version}, ${result.ruleCount} rules)\n`);
    } else {
      for (const problem of result.problems) io.stdout.write(`${formatProblem(problem)}\n`);
      exitCode = ExitCode.InvalidInput;
    }
  }
  return exitCode;
}
