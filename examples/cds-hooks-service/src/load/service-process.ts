/**
 * Runs the built service (`dist/server.js`) as its own process for the load test and samples its resident
 * memory from /proc (Linux), so the figures are the server's alone, not the load generator's.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.js', import.meta.url));

export interface LoadTarget {
  readonly url: string;
  /** Resident set size of the server process in MiB, or undefined where /proc is unavailable. */
  rssMiB(): number | undefined;
  /** Number of redacted request log lines the server printed. */
  logLines(): number;
  stop(): Promise<number | null>;
}

export async function startTarget(env: Record<string, string>): Promise<LoadTarget> {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let banner = '';
  let lines = 0;
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`service exited with ${code}: ${errors}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      lines += text.split('"event":"request"').length - 1;
      if (banner.length < 2000) banner += text;
      const match = /listening on (http:\/\/\S+) /.exec(banner);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return {
    url,
    rssMiB() {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb === undefined ? undefined : Number(kb) / 1024;
      } catch {
        return undefined;
      }
    },
    logLines: () => lines,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
