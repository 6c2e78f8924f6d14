/**
 * Entry point: `pnpm --filter cds-hooks-service start`. Prints the discovery URL once listening.
 */
import { startMemoryLog } from './memory-log.js';
import { settingsFromEnv } from './settings.js';
import { startService } from './start-service.js';

const settings = settingsFromEnv(process.env, process.argv.slice(2));
if (settings.demoEvaluatedAt !== undefined) {
  console.warn(`WARNING: DEMO_EVALUATED_AT is set; every evaluation uses ${settings.demoEvaluatedAt} instead of the clock. Demo use only.`);
}
const service = await startService(settings);
if (settings.auth.mode === 'open') console.warn('WARNING: authentication is off (loopback development mode); every caller is trusted.');
if (settings.memoryLogSeconds > 0) startMemoryLog(settings.memoryLogSeconds, (line) => process.stdout.write(`${line}\n`), service.replayCacheIds);
console.log(`cds-hooks-service listening on ${service.url} (discovery: ${service.url}/cds-services)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing in-flight requests, then exiting`);
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
