/** Runs the built `recovery-rules` binary the way a user's shell would, and captures everything. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Path of the built binary. */
export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** What one run produced. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with arguments and optional stdin text. */
export function runCli(args: readonly string[], stdin = ''): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The stdout of an NDJSON run, one parsed object per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
