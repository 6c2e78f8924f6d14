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
  /** Whether reports carried condition traces (the CLI default) or were run with `--no-trace` or `--summary`. */
  readonly trace: boolean;
  /** Whether the CLI printed compact `--summary` lines instead of full reports. */
  readonly summary: boolean;
  readonly seconds: number;
  readonly patientsPerSecond: number;
  /** Peak resident memory of the CLI process, MiB (undefined where /proc is not available). */
  readonly peakRssMiB: number | undefined;
  /**
   * CPU seconds (user + system, all threads) the CLI process used, sampled until just before it exited; on a
   * shared machine, patients per CPU-second says more about the code than wall-clock throughput does.
   */
  readonly cpuSeconds: number | undefined;
  /** CPU seconds of the CLI's main thread alone (reading, batching, writing); the rest is worker threads. */
  readonly mainThreadCpuSeconds: number | undefined;
  readonly inputMiB: number;
  /** Resident memory (VmRSS) about once a second during the run, to show whether it grows with the input. */
  readonly rssSamples: readonly RssSample[];
}

/** One resident-memory sample of a batch run. */
export interface RssSample {
  readonly seconds: number;
  readonly rssMiB: number;
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

/**
 * utime + stime of a live process, or with `thread` of one of its threads, in seconds (fields 14 and 15 of
 * /proc/pid/stat or /proc/pid/task/tid/stat, in clock ticks of 1/100 s). The main thread's id is the pid.
 */
function cpuSecondsOf(pid: number, thread?: number): number | undefined {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Peak (VmHWM) and current (VmRSS) resident memory of a live process, KiB. */
function residentKiB(pid: number): { peak: number; now: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const peak = /VmHWM:\s+(\d+) kB/.exec(status);
    const now = /VmRSS:\s+(\d+) kB/.exec(status);
    return peak && now ? { peak: Number(peak[1]), now: Number(now[1]) } : undefined;
  } catch {
    return undefined;
  }
}

/** One batch run to make: how many patients, how many threads, and what each line prints. */
export interface BatchSpec {
  readonly patients: number;
  readonly threads: number | 'auto';
  /** Full reports with traces (`trace`), without (`notrace`, `--no-trace`), or `--summary` lines. */
  readonly output: 'trace' | 'notrace' | 'summary';
}

const OUTPUTS = ['trace', 'notrace', 'summary'] as const;

/** Parses `100000:auto:summary,1000000:2:trace` into specs. */
export function parseBatchSpecs(text: string): BatchSpec[] {
  return text.split(',').map((item) => {
    const [count = '', threads = 'auto', output = 'notrace'] = item.split(':');
    const patients = Number(count);
    if (!Number.isInteger(patients) || patients < 1) throw new Error(`bad batch run "${item}": expected count[:threads|auto[:trace|notrace|summary]]`);
    if (!(OUTPUTS as readonly string[]).includes(output)) throw new Error(`bad batch run "${item}": the third part is trace, notrace or summary`);
    return { patients, threads: threads === 'auto' ? 'auto' : Number(threads), output: output as BatchSpec['output'] };
  });
}

const OUTPUT_OPTIONS: Readonly<Record<BatchSpec['output'], readonly string[]>> = { trace: [], notrace: ['--no-trace'], summary: ['--summary'] };
/** How often resident memory is sampled into {@link BatchRun.rssSamples}. */
const RSS_SAMPLE_MS = 1000;

/** Runs the CLI over generated patients as `spec` says and measures it. */
export async function measureBatch(spec: BatchSpec): Promise<BatchRun> {
  const { patients: count, threads, output } = spec;
  const file = await patientsFile(count);
  const sink = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const args = [CLI_BIN, 'assess', '--ndjson', file, '--workers', String(threads), ...OUTPUT_OPTIONS[output]];
  const child = spawn(process.execPath, args, { stdio: ['ignore', sink, 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak: number | undefined;
  let cpuSeconds: number | undefined;
  let mainThreadCpuSeconds: number | undefined;
  const rssSamples: RssSample[] = [];
  let nextSampleAt = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const resident = residentKiB(child.pid);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    if (resident !== undefined) {
      peak = Math.max(peak ?? 0, resident.peak);
      if (elapsed * 1000 >= nextSampleAt) {
        rssSamples.push({ seconds: elapsed, rssMiB: resident.now / 1024 });
        nextSampleAt += RSS_SAMPLE_MS;
      }
    }
    cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds;
    mainThreadCpuSeconds = cpuSecondsOf(child.pid, child.pid) ?? mainThreadCpuSeconds;
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(poll);
  closeSync(sink);
  if (code !== 0) throw new Error(`recovery-rules assess --ndjson exited ${code} on ${count} patients:\n${stderr.slice(0, 2000)}`);
  return {
    patients: count,
    threads,
    trace: output === 'trace',
    summary: output === 'summary',
    seconds,
    patientsPerSecond: count / seconds,
    peakRssMiB: peak === undefined ? undefined : peak / 1024,
    cpuSeconds,
    mainThreadCpuSeconds,
    inputMiB: statSync(file).size / 2 ** 20,
    rssSamples,
  };
}
