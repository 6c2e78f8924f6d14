/**
 * Runs the built service (`dist/server.js`) as its own process for the load test. The server reports its own
 * memory (MEMORY_LOG_SECONDS), so the figures are the server's alone, not the load generator's.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MemorySample } from '../memory-log.js';

const SERVER = fileURLToPath(new URL('../server.js', import.meta.url));

/** The running server. */
export interface LoadTarget {
  readonly url: string;
  readonly pid: number;
  /** The memory samples the server printed so far. */
  memorySamples(): readonly MemorySample[];
  /** Number of redacted request log lines the server printed. */
  logLines(): number;
  /** The distinct `auth refused: <reason>` lines on stderr, with counts. */
  authRefusals(): Readonly<Record<string, number>>;
  stop(): Promise<number | null>;
}

/** Starts the server with `env` added to this process's environment; resolves once it is listening. */
export async function startTarget(env: Record<string, string>): Promise<LoadTarget> {
  // --expose-gc: the server then collects fully before each memory sample, so its heap figure is the live heap.
  const child = spawn(process.execPath, ['--expose-gc', SERVER], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let partial = '';
  const samples: MemorySample[] = [];
  const refusals: Record<string, number> = {};
  let stderrHead = '';
  let resolveUrl: (url: string) => void = () => {};
  const url = new Promise<string>((resolve, reject) => {
    resolveUrl = resolve;
    child.once('exit', (code) => reject(new Error(`service exited with ${code}: ${stderrHead}`)));
  });
  // Whole lines only: a chunk can end in the middle of one. Only counts are kept, so the harness's own
  // memory does not grow with the run.
  child.stdout.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      if (line.includes('"event":"request"')) lines += 1;
      else if (line.includes('"event":"memory"')) samples.push(JSON.parse(line) as MemorySample);
      else {
        const listening = /listening on (http:\/\/\S+) /.exec(line);
        if (listening?.[1]) resolveUrl(listening[1]);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (stderrHead.length < 4000) stderrHead += text;
    for (const match of text.matchAll(/auth refused: ([\w-]+)/g)) refusals[match[1]!] = (refusals[match[1]!] ?? 0) + 1;
  });
  return {
    url: await url,
    pid: child.pid ?? -1,
    memorySamples: () => samples,
    logLines: () => lines,
    authRefusals: () => refusals,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
