/**
 * MEMORY_LOG_SECONDS: the server prints its own memory as a JSON line on stdout at that interval, so a load
 * test (or an operator) can watch RSS and the JavaScript heap of this process rather than guess from outside.
 */

const MIB = 1024 * 1024;
const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;

/** One memory sample, in MiB. */
export interface MemorySample {
  readonly event: 'memory';
  readonly uptimeSeconds: number;
  /** Whether a full garbage collection ran just before (only when Node runs with `--expose-gc`): heapUsedMiB is then the live heap. */
  readonly afterFullGc: boolean;
  readonly rssMiB: number;
  readonly heapUsedMiB: number;
  readonly heapTotalMiB: number;
  readonly externalMiB: number;
  readonly arrayBuffersMiB: number;
  /** Token ids held by the replay cache, when authentication is on. */
  readonly replayCacheIds?: number;
}

/** This process's memory now. */
export function memorySample(replayCacheIds?: number): MemorySample {
  // With --expose-gc (the load test passes it), collect first so that heapUsed is what is still reachable,
  // not whatever garbage the last collection left: growth then means retention, not timing.
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const usage = process.memoryUsage();
  return {
    event: 'memory',
    uptimeSeconds: Math.round(process.uptime()),
    afterFullGc: collect !== undefined,
    rssMiB: mib(usage.rss),
    heapUsedMiB: mib(usage.heapUsed),
    heapTotalMiB: mib(usage.heapTotal),
    externalMiB: mib(usage.external),
    arrayBuffersMiB: mib(usage.arrayBuffers),
    ...(replayCacheIds !== undefined && { replayCacheIds }),
  };
}

/** Prints a sample every `seconds` until the returned function is called; the timer never keeps the process alive. */
export function startMemoryLog(seconds: number, print: (line: string) => void, replayCacheIds?: () => number | undefined): () => void {
  const timer = setInterval(() => print(JSON.stringify({ at: new Date().toISOString(), ...memorySample(replayCacheIds?.()) })), seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
