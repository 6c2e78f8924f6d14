/**
 * The command's entry point without process globals: argv and streams in, exit code out. Usage errors end
 * here, reported on stderr only, so stdout carries nothing but results.
 */
import { runAssess } from './commands/assess.js';
import { runEvaluate } from './commands/evaluate.js';
import { runList } from './commands/list.js';
import { runDocs } from './commands/docs.js';
import { runLint } from './commands/lint.js';
import { runValidate } from './commands/validate.js';
import { runTest } from './commands/test.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { parseCommand } from './parse-command.js';
import { USAGE } from './usage.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

/** Runs `recovery-rules` with the arguments after the program name and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(USAGE);
        return ExitCode.Evaluated;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return ExitCode.Evaluated;
      case 'list':
        return runList(command.pretty, io);
      case 'evaluate':
        return await runEvaluate(command, io);
      case 'assess':
        return await runAssess(command, io);
      case 'validate':
        return await runValidate(command.files, io);
      case 'lint':
        return await runLint(command.targets, io);
      case 'docs':
        return await runDocs(command.target, command.format, io);
      case 'test':
        return await runTest(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`recovery-rules: ${error.message}\nRun "recovery-rules --help" for usage.\n`);
      return ExitCode.Usage;
    }
    io.stderr.write(`recovery-rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.Internal;
  }
}
