/**
 * The load test (`pnpm --filter cds-hooks-service load [-- --duration 420]`; not part of `pnpm test`): the
 * built service on 127.0.0.1 with authentication ON, autocannon sending patient-view and order-sign calls with
 * the sample chart as prefetch, each with its own freshly signed JWT. Prints throughput, p50/p99 latency,
 * errors, non-2xx and the server's own memory over the run (RSS and heap in use, sampled by the server), and
 * exits non-zero if any request failed or memory kept growing.
 *
 * `--duration <seconds>` (or LOAD_SECONDS; default 90), LOAD_CONNECTIONS (default 10), LOAD_MEMORY_SECONDS
 * (sampling interval, default 10) adjust the run; LOAD_AUTH=off runs the service open on loopback without
 * tokens, to compare.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { LOAD_ISSUER, loadTestClient, TOKEN_LIFETIME_SECONDS } from './es256-signer.js';
import type { MemorySample } from '../memory-log.js';
import { trendOf } from './memory-trend.js';
import { startTarget } from './service-process.js';

function durationSeconds(argv: readonly string[]): number {
  const flag = argv.indexOf('--duration');
  const raw = flag >= 0 ? argv[flag + 1] : process.env['LOAD_SECONDS'];
  const value = Number(raw ?? 90);
  if (!Number.isInteger(value) || value < 5) throw new RangeError(`--duration must be a whole number of seconds >= 5, got "${raw}"`);
  return value;
}

const seconds = durationSeconds(process.argv.slice(2));
const connections = Number(process.env['LOAD_CONNECTIONS'] ?? 10);
const memoryEvery = Number(process.env['LOAD_MEMORY_SECONDS'] ?? 10);
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

// Every token id stays in the replay cache until its token expires plus skew (clockTolerance counted twice,
// for iat and for exp), so the cache must hold rate × (lifetime + 60 s) ids. One client at up to ~1 000 req/s
// with five-minute tokens needs 360 000; the default (250 000) is sized for real EHR clients, not this.
const replayCacheSize = 1_000 * (TOKEN_LIFETIME_SECONDS + 60);
const client = loadTestClient();
const authConfig = join(mkdtempSync(join(tmpdir(), 'cds-load-')), 'auth.json');
writeFileSync(authConfig, JSON.stringify({ issuers: [{ issuer: LOAD_ISSUER, jwks: { keys: [client.jwk] } }], replayCacheSize }));
// One client sends everything, so the per-client rate limit is off for this run.
const authOn = process.env['LOAD_AUTH'] !== 'off';
const target = await startTarget({
  ...(authOn ? { AUTH_CONFIG: authConfig } : { RR_AUTH: 'off' }),
  RATE_LIMIT_PER_SECOND: '0',
  DEMO_EVALUATED_AT: '2026-11-24T15:00:00Z',
  MEMORY_LOG_SECONDS: String(memoryEvery),
});

const call = (path: string, body: string) => ({
  method: 'POST',
  path,
  body,
  setupRequest: (request: { headers?: Record<string, string> }) => ({
    ...request,
    headers: { 'content-type': 'application/json', ...(authOn && { authorization: `Bearer ${client.tokenFor(`${target.url}${path}`)}` }) },
  }),
});

const loadBefore = loadavg()[0] ?? 0;
const result = await autocannon({
  url: target.url,
  connections,
  duration: seconds,
  timeout: 10,
  requests: [
    call('/cds-services/recovery-rules-patient-view', sample('patient-view-request.json')),
    call('/cds-services/recovery-rules-order-sign', sample('order-sign-naltrexone-request.json')),
  ] as never,
});
await new Promise((resolve) => setTimeout(resolve, 300));
const logged = target.logLines();
const memory = [...target.memorySamples()];
const exitCode = await target.stop();

// Warm-up: the first fifth of the run (at least 20 s), while JIT, heap sizing and connection pools settle.
const warmUpSeconds = Math.max(20, Math.round(seconds / 5));
// What the replay cache is expected to hold per token id (measured: 86 bytes with a UUID jti; see
// docs/reliability.md), so that the heap growth it explains can be told from growth it does not.
const REPLAY_ID_BYTES = 100;
const unexplainedMiB = (m: MemorySample) => m.heapUsedMiB - ((m.replayCacheIds ?? 0) * REPLAY_ID_BYTES) / 2 ** 20;
const completed = result.requests.total;
const summary = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadBefore.toFixed(2)} before the run`,
  auth: authOn ? `on (a signed ES256 JWT per request, ${TOKEN_LIFETIME_SECONDS} s lifetime; replay cache ${replayCacheSize} ids)` : 'off (loopback open mode)',
  durationSeconds: result.duration,
  connections,
  requestsSent: result.requests.sent,
  requestsCompleted: completed,
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  authRefusals: target.authRefusals(),
  requestLogLines: logged,
  memory: {
    sampledEverySeconds: memoryEvery,
    warmUpSeconds,
    liveHeap: memory[0]?.afterFullGc === true,
    rssMiB: trendOf(memory, (m) => m.rssMiB, warmUpSeconds),
    heapUsedMiB: trendOf(memory, (m) => m.heapUsedMiB, warmUpSeconds),
    heapUsedBeyondReplayIdsMiB: trendOf(memory, unexplainedMiB, warmUpSeconds),
  },
  memorySeries: memory.map(
    (m) => `${m.uptimeSeconds} s: rss ${m.rssMiB}, heap used ${m.heapUsedMiB} of ${m.heapTotalMiB}, external ${m.externalMiB} MiB; ${m.replayCacheIds ?? '-'} replay ids`,
  ),
  serverExitCode: exitCode,
};
console.log(JSON.stringify(summary, null, 2));

// Growth check on the heap in use beyond what the replay cache's ids explain (with --expose-gc the samples are
// the live heap): the last quarter of the samples against the second.
const quarter = Math.max(1, Math.floor(memory.length / 4));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const early = mean(memory.slice(quarter, 2 * quarter).map(unexplainedMiB));
const late = mean(memory.slice(-quarter).map(unexplainedMiB));
const failures = [
  result.errors > 0 && `${result.errors} connection errors`,
  result.timeouts > 0 && `${result.timeouts} timeouts`,
  result.non2xx > 0 && `${result.non2xx} non-2xx answers`,
  result.requests.sent > completed + connections && `${result.requests.sent - completed} requests sent but not answered`,
  logged < completed && `the server logged ${logged} requests but ${completed} completed`,
  memory.length < 3 && `only ${memory.length} memory samples`,
  late > early * 1.1 + 5 && `heap in use beyond the replay ids grew from ${early.toFixed(1)} to ${late.toFixed(1)} MiB`,
  exitCode !== 0 && `the server exited with ${exitCode} on SIGTERM`,
].filter(Boolean);
if (failures.length > 0) {
  console.error(`LOAD TEST FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('load test passed: no errors, no non-2xx, memory stable');
