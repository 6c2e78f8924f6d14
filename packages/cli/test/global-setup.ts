/**
 * Builds the CLI once before the tests, so they always run the current source through the real binary
 * (core must already be built: `pnpm build` at the repository root does both).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  const tsup = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist', 'cli-default.js');
  const run = spawnSync(process.execPath, [tsup, '--silent'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the CLI failed:\n${run.stdout}\n${run.stderr}`);
}
