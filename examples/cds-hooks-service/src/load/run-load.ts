/**
 * The load test (`pnpm --filter cds-hooks-service load`; not part of `pnpm test`): the built service on
 * 127.0.0.1 with authentication ON, autocannon sending patient-view and order-sign calls with the sample
 * chart as prefetch, each with its own freshly signed JWT. Prints throughput, p50/p99 latency, errors,
 * non-2xx and the server's RSS over the run, and exits non-zero if any request failed or memory kept growing.
 * LOAD_SECONDS (default 20) and LOAD_CONNECTIONS (default 10) adjust the run; LOAD_AUTH=off runs the service
 * open on loopback without tokens, to compare.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { LOAD_ISSUER, loadTestClient } from './es256-signer.js';
import { startTarget } from './service-process.js';

const seconds = Number(process.env['LOAD_SECONDS'] ?? 20);
const connections = Number(process.env['LOAD_CONNECTIONS'] ?? 10);
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

const client = loadTestClient();
const authConfig = join(mkdtempSync(join(tmpdir(), 'cds-load-')), 'auth.json');
writeFileSync(authConfig, JSON.stringify({ issuers: [{ issuer: LOAD_ISSUER, jwks: { keys: [client.jwk] } }] }));
// One client sends everything, so the per-client rate limit is off for this run.
const authOn = process.env['LOAD_AUTH'] !== 'off';
const target = await startTarget({ ...(authOn ? { AUTH_CONFIG: authConfig } : { RR_AUTH: 'off' }), RATE_LIMIT_PER_SECOND: '0', DEMO_EVALUATED_AT: '2026-11-24T15:00:00Z' });

const call = (path: string, body: string) => ({
  method: 'POST',
  path,
  body,
  setupRequest: (request: { headers?: Record<string, string> }) => ({
    ...request,
    headers: { 'content-type': 'application/json', ...(authOn && { authorization: `Bearer ${client.tokenFor(`${target.url}${path}`)}` }) },
  }),
});

const rss: number[] = [];
const sampler = setInterval(() => {
  const value = target.rssMiB();
  if (value !== undefined) rss.push(value);
}, 1000);
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
clearInterval(sampler);
await new Promise((resolve) => setTimeout(resolve, 300));
const logged = target.logLines();
const exitCode = await target.stop();

const quarter = Math.max(1, Math.floor(rss.length / 4));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const early = mean(rss.slice(quarter, 2 * quarter));
const late = mean(rss.slice(-quarter));
const completed = result.requests.total;
const summary = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadBefore.toFixed(2)} before the run`,
  auth: authOn ? 'on (a signed ES256 JWT per request)' : 'off (loopback open mode)',
  durationSeconds: result.duration,
  connections,
  requestsCompleted: completed,
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  requestLogLines: logged,
  rssMiB: { min: Math.min(...rss), max: Math.max(...rss), secondQuarterMean: Math.round(early), lastQuarterMean: Math.round(late), samples: rss.length },
  rssSeriesMiB: rss.map((value) => Math.round(value)),
  serverExitCode: exitCode,
};
console.log(JSON.stringify(summary, null, 2));

const failures = [
  result.errors > 0 && `${result.errors} connection errors`,
  result.timeouts > 0 && `${result.timeouts} timeouts`,
  result.non2xx > 0 && `${result.non2xx} non-2xx answers`,
  logged < completed && `the server logged ${logged} requests but ${completed} completed`,
  late > early * 1.25 + 10 && `RSS grew from ${early.toFixed(0)} to ${late.toFixed(0)} MiB`,
  exitCode !== 0 && `the server exited with ${exitCode} on SIGTERM`,
].filter(Boolean);
if (failures.length > 0) {
  console.error(`LOAD TEST FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('load test passed: no errors, no non-2xx, memory stable');
