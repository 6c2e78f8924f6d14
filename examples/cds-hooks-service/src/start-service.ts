/**
 * Starts the CDS Hooks service: the adapters' Fetch-API handler behind `node:http`, with authentication,
 * per-client rate limiting, time limits, redacted JSON-line logs on stdout and a graceful `close()`.
 */
import { appendFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CardFeedback } from '@recovery-rules/adapters/cds-hooks';
import { createHandler, toNodeListener, type CdsJwtVerifier, type RequestLogEvent } from '@recovery-rules/adapters/http';
import { readAuthConfig, verifierFromConfig } from './auth-config.js';
import type { ServiceSettings } from './settings.js';

/** A running service. */
export interface RunningService {
  readonly url: string;
  readonly server: Server;
  /** Token ids the replay cache holds now; undefined in open mode. */
  replayCacheIds(): number | undefined;
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
  const authConfig = settings.auth.mode === 'jwt' ? await readAuthConfig(settings.auth.configFile, settings.host) : undefined;
  // Bound first, so that on loopback the verifier can expect its own URL as the audience. No request is
  // answered before the listener is attached, synchronously after the bind.
  const server = createServer({ requestTimeout: 20_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  let verifier: CdsJwtVerifier | undefined;
  try {
    verifier =
      authConfig &&
      verifierFromConfig(authConfig, { listeningUrl: url, rateLimitPerSecond: settings.rateLimitPerSecond, onReject: (reason) => console.warn(`auth refused: ${reason}`) });
  } catch (error) {
    server.close();
    throw error;
  }
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
  server.on('request', toNodeListener(handler));
  return { url, server, replayCacheIds: () => verifier?.replayCacheIds, close: (graceMs = 10_000) => closeGracefully(server, graceMs) };
}
