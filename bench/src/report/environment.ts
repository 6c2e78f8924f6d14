/** The machine and versions a benchmark ran on, printed with every result. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const require = createRequire(import.meta.url);

/** Resolves from the core too, for the core's own dependencies (zod). */
const coreRequire = createRequire(require.resolve('@recovery-rules/core'));

function versionOf(name: string): string {
  for (const from of [require, coreRequire]) {
    try {
      return (from(`${name}/package.json`) as { version: string }).version;
    } catch {
      // not resolvable from here; try the next place
    }
  }
  return 'unknown';
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

/** A Markdown block describing the machine, the versions and the current load. */
export function describeEnvironment(): string {
  const packages = ['@recovery-rules/core', 'json-rules-engine', 'json-logic-js', 'zod', 'esbuild'].map((name) => `${name} ${versionOf(name)}`);
  return [
    '### Machine and versions',
    '',
    `- CPU: ${cpuModel()}, ${availableParallelism()} cores available; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version} (${process.platform} ${process.arch}); ${packages.join(', ')}`,
    `- load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
    '',
  ].join('\n');
}
