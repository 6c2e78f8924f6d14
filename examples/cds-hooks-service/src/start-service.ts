/**
 * Starts the CDS Hooks service: the adapters' Fetch-API handler behind `node:http`, with authentication,
 * per-client rate limiting, time limits, redacted JSON-line logs on stdout and a graceful `close()`.
 */
import { appendFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CardFeedback } from '@recovery-rules/adapters/cds-hooks';
import { createHandler, toNodeListener, type RequestLogEvent } from '@recovery-rules/adapters/http';
import { verifierFromConfig } from './auth-config.js';
import type { ServiceSettings } from './settings.js';

/** A running service. */
export interface RunningService {
  readonly url: string;
  readonly server: Server;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`, default 10 s), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Records feedback: appended to the log file, or printed. A write that fails makes the request fail. */
function feedbackRecorder(logFile: string | undefined): (feedback: CardFeedback) => Promise<void> {
  return async (feedback) => {
    const line = `${JSON.stringify({ receivedAt: new Date().toISOString(), ...feedback })}\n`;
    if (logFile) await appendFile(logFile, line, 'utf8');
    else process.stdout.write(`feedback ${line}`);
  };
}

/** One JSON line per (already redacted) event. */
function logLine(event: RequestLogEvent): void {
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
}

/** Stops `server` gracefully: no new connections, idle keep-alive sockets closed, busy ones finish first. */
function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/** Starts listening; resolves once the port is bound. */
export async function startService(settings: ServiceSettings): Promise<RunningService> {
  const fixedNow = settings.demoEvaluatedAt;
  if (fixedNow !== undefined && Number.isNaN(Date.parse(fixedNow))) throw new RangeError(`DEMO_EVALUATED_AT is not a date-time: "${fixedNow}"`);
  const verifier =
    settings.auth.mode === 'jwt' ? await verifierFromConfig(settings.auth.configFile, settings.host, (reason) => console.warn(`auth refused: ${reason}`)) : undefined;
  const handler = createHandler({
    ...(verifier && { authorize: verifier.authorize }),
    onFeedback: feedbackRecorder(settings.feedbackLog),
    logger: logLine,
    // The error itself may quote request data; only its class name is printed.
    onError: (error) => console.error(`request failed: ${error instanceof Error ? error.name : typeof error}`),
    ...(settings.rateLimitPerSecond > 0 && { rateLimit: { perSecond: settings.rateLimitPerSecond } }),
    ...(settings.hsts && { securityHeaders: { hsts: true } }),
    ...(fixedNow !== undefined && { now: () => new Date(fixedNow) }),
    ...(settings.region !== undefined && { assessOptions: { region: settings.region } }),
    ...((settings.corsOrigins === '*' || settings.corsOrigins.length > 0) && { cors: { origins: settings.corsOrigins } }),
  });
  const server = createServer({ requestTimeout: 20_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, toNodeListener(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}`, server, close: (graceMs = 10_000) => closeGracefully(server, graceMs) };
}
