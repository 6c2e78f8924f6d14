/**
 * Batch throughput of `recovery-rules assess --ndjson` end to end: a fresh CLI process reads a generated
 * NDJSON file and writes every report to /dev/null, while this process samples the child's peak resident
 * memory (VmHWM in /proc, which covers the main thread and every worker thread).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writePatients } from '../patients/write-patients.js';

/** One measured batch run. */
export interface BatchRun {
  readonly patients: number;
  readonly threads: number | 'auto';
  /** Whether reports carried condition traces (the CLI default) or were run with `--no-trace`. */
  readonly trace: boolean;
  readonly seconds: number;
  readonly patientsPerSecond: number;
  /** Peak resident memory of the CLI process, MiB (undefined where /proc is not available). */
  readonly peakRssMiB: number | undefined;
  /**
   * CPU seconds (user + system, all threads) the CLI process used, sampled until just before it exited; on a
   * shared machine, patients per CPU-second says more about the code than wall-clock throughput does.
   */
  readonly cpuSeconds: number | undefined;
  readonly inputMiB: number;
}

const CLI_BIN = join(dirname(createRequire(import.meta.url).resolve('@recovery-rules/cli/package.json')), 'dist', 'bin.js');

/** The generated input file for `count` patients, written once per machine into the temp directory. */
export async function patientsFile(count: number, seed = 7): Promise<string> {
  const file = join(tmpdir(), `recovery-rules-bench-${count}-seed${seed}.ndjson`);
  if (!existsSync(file)) {
    await writePatients(count, `${file}.partial`, seed);
    renameSync(`${file}.partial`, file);
  }
  return file;
}

/** utime + stime of a live process, in seconds (fields 14 and 15 of /proc/pid/stat, in clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function peakRssKiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** One batch run to make: how many patients, how many threads, with or without traces. */
export interface BatchSpec {
  readonly patients: number;
  readonly threads: number | 'auto';
  readonly trace: boolean;
}

/** Parses `100000:auto:notrace,1000000:2:trace` into specs. */
export function parseBatchSpecs(text: string): BatchSpec[] {
  return text.split(',').map((item) => {
    const [count = '', threads = 'auto', trace = 'notrace'] = item.split(':');
    const patients = Number(count);
    if (!Number.isInteger(patients) || patients < 1) throw new Error(`bad batch run "${item}": expected count[:threads|auto[:trace|notrace]]`);
    if (trace !== 'trace' && trace !== 'notrace') throw new Error(`bad batch run "${item}": the third part is trace or notrace`);
    return { patients, threads: threads === 'auto' ? 'auto' : Number(threads), trace: trace === 'trace' };
  });
}

/** Runs the CLI over generated patients as `spec` says and measures it. */
export async function measureBatch(spec: BatchSpec): Promise<BatchRun> {
  const { patients: count, threads, trace } = spec;
  const file = await patientsFile(count);
  const sink = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const args = [CLI_BIN, 'assess', '--ndjson', file, '--workers', String(threads), ...(trace ? [] : ['--no-trace'])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', sink, 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak: number | undefined;
  let cpuSeconds: number | undefined;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const now = peakRssKiB(child.pid);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
    cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds;
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(poll);
  closeSync(sink);
  if (code !== 0) throw new Error(`recovery-rules assess --ndjson exited ${code} on ${count} patients:\n${stderr.slice(0, 2000)}`);
  return {
    patients: count,
    threads,
    trace,
    seconds,
    patientsPerSecond: count / seconds,
    peakRssMiB: peak === undefined ? undefined : peak / 1024,
    cpuSeconds,
    inputMiB: statSync(file).size / 2 ** 20,
  };
}
