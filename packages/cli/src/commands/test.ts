/**
 * `recovery-rules test <dir|file ...> [--require-full-coverage]`: runs clinical authors' test cases
 * (see authoring/test-cases/schema.ts) against built-in or edited rule sets, and reports every case,
 * what differed, and which rules no case fired.
 */
import { ExitCode, worseExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { createCoverageTracker } from '../authoring/test-cases/coverage.js';
import { findTestFiles } from '../authoring/test-cases/find-test-files.js';
import { formatCase, formatCoverage, formatFileHeading, formatInvalidFile, formatTotals } from '../authoring/test-cases/format-report.js';
import { loadTestFile } from '../authoring/test-cases/load-test-file.js';
import { runCase } from '../authoring/test-cases/run-case.js';

/** What `test` was asked to do. */
export interface TestCommand {
  /** Test files, and directories searched recursively for `*.json` test files. */
  readonly paths: readonly string[];
  /** Fail (exit 1) when any rule of a tested rule set was fired by no case. */
  readonly requireFullCoverage: boolean;
}

/**
 * Runs every case of every test file and prints the report. Exits 0 when every case passed (and, with
 * `requireFullCoverage`, every rule was fired), 1 when a case failed or a test file is invalid, 3 when
 * the SDK itself threw.
 * @throws {@link UsageError} when no path is given, a path cannot be read, or no test file is found.
 */
export async function runTest(command: TestCommand, io: CliIo): Promise<ExitCode> {
  const files = await findTestFiles(command.paths);
  const coverage = createCoverageTracker();
  let exitCode: ExitCode = ExitCode.Evaluated;
  let passed = 0;
  let failed = 0;
  let invalidFiles = 0;
  for (const [index, file] of files.entries()) {
    if (index > 0) io.stdout.write('\n');
    const loaded = await loadTestFile(file);
    if (!loaded.ok) {
      io.stdout.write(formatInvalidFile(file, loaded.problems));
      invalidFiles += 1;
      exitCode = worseExitCode(exitCode, ExitCode.InvalidInput);
      continue;
    }
    io.stdout.write(formatFileHeading(file, loaded.tested.label));
    for (const testCase of loaded.testFile.cases) {
      const result = await runCase(testCase, loaded.testFile.base, loaded.tested);
      coverage.record(loaded.tested, result.firedRules);
      io.stdout.write(formatCase(result));
      if (result.status === 'passed') passed += 1;
      else {
        failed += 1;
        exitCode = worseExitCode(exitCode, result.status === 'internal-error' ? ExitCode.Internal : ExitCode.InvalidInput);
      }
    }
  }
  const summary = coverage.summary();
  io.stdout.write(formatCoverage(summary, command.requireFullCoverage));
  io.stdout.write(formatTotals({ passed, failed, files: files.length, invalidFiles }));
  if (command.requireFullCoverage && summary.some((c) => c.neverFired.length > 0)) exitCode = worseExitCode(exitCode, ExitCode.InvalidInput);
  return exitCode;
}
