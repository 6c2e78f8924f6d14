/**
 * Starts the CDS Hooks service: the adapters' Fetch-API handler behind `node:http`.
 */
import { appendFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CardFeedback } from '@recovery-rules/adapters/cds-hooks';
import { createHandler, toNodeListener } from '@recovery-rules/adapters/http';
import { verifierFromConfig } from './auth-config.js';
import type { ServiceSettings } from './settings.js';

/** A running service. */
export interface RunningService {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Records feedback: appended to the log file, or printed. A write that fails makes the request fail. */
function feedbackRecorder(logFile: string | undefined): (feedback: CardFeedback) => Promise<void> {
  return async (feedback) => {
    const line = `${JSON.stringify({ receivedAt: new Date().toISOString(), ...feedback })}\n`;
    if (logFile) await appendFile(logFile, line, 'utf8');
    else process.stdout.write(`feedback ${line}`);
  };
}

/** Starts listening; resolves once the port is bound. */
export async function startService(settings: ServiceSettings): Promise<RunningService> {
  const fixedNow = settings.demoEvaluatedAt;
  if (fixedNow !== undefined && Number.isNaN(Date.parse(fixedNow))) throw new RangeError(`DEMO_EVALUATED_AT is not a date-time: "${fixedNow}"`);
  const verifier =
    settings.auth.mode === 'jwt' ? await verifierFromConfig(settings.auth.configFile, (reason) => console.warn(`auth refused: ${reason}`)) : undefined;
  const handler = createHandler({
    ...(verifier && { authorize: verifier.authorize }),
    onFeedback: feedbackRecorder(settings.feedbackLog),
    onError: (error) => console.error('request failed:', error),
    ...(fixedNow !== undefined && { now: () => new Date(fixedNow) }),
    ...(settings.region !== undefined && { assessOptions: { region: settings.region } }),
    ...((settings.corsOrigins === '*' || settings.corsOrigins.length > 0) && { cors: { origins: settings.corsOrigins } }),
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
