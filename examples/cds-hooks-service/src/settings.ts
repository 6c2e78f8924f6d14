/**
 * The service's settings, from the environment. Loopback and port 3030 unless told otherwise: a CDS service
 * holding patient data should not listen on every interface by accident.
 */

/** How callers are authenticated: signed CDS client JWTs (default), or open on loopback for development. */
export type AuthSetting = { readonly mode: 'jwt'; readonly configFile: string } | { readonly mode: 'open' };

/** The flag that runs the service without authentication; honoured only on loopback. */
export const OPEN_LOOPBACK_FLAG = '--insecure-open-loopback';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** What the server needs to start. */
export interface ServiceSettings {
  /** AUTH_CONFIG (a JSON file of trusted issuers) or, on loopback only, RR_AUTH=off / --insecure-open-loopback. */
  readonly auth: AuthSetting;
  readonly host: string;
  readonly port: number;
  /** Origins allowed to call from a browser (CORS_ORIGINS, comma-separated, or `*`). */
  readonly corsOrigins: readonly string[] | '*';
  /** Where feedback is appended as JSON lines (FEEDBACK_LOG); stdout when unset. */
  readonly feedbackLog?: string;
  /** DEMO_EVALUATED_AT: a fixed evaluation time, only for replaying the sample data in the walkthrough. */
  readonly demoEvaluatedAt?: string;
  /** REGION: ISO 3166-1 alpha-2 code, so messages name the right emergency number. */
  readonly region?: string;
  /** RATE_LIMIT_PER_SECOND: sustained requests per second per client (burst twice that); default 20, 0 for none. */
  readonly rateLimitPerSecond: number;
  /** HSTS=on: send Strict-Transport-Security (set it when clients reach the service over https). */
  readonly hsts: boolean;
  /** MEMORY_LOG_SECONDS: print this process's memory as a JSON line every so many seconds; 0 (default) for never. */
  readonly memoryLogSeconds: number;
}

function nonNegativeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number >= 0, got "${raw}"`);
  return value;
}

function authSetting(env: NodeJS.ProcessEnv, argv: readonly string[], host: string): AuthSetting {
  const flag = env['RR_AUTH'];
  if (flag !== undefined && flag !== 'on' && flag !== 'off') throw new RangeError(`RR_AUTH must be "on" or "off", got "${flag}"`);
  if (flag === 'off' || argv.includes(OPEN_LOOPBACK_FLAG)) {
    if (!LOOPBACK.has(host)) throw new RangeError(`Refusing to run without authentication on ${host}: open mode is for loopback (127.0.0.1 or ::1) only`);
    return { mode: 'open' };
  }
  const configFile = env['AUTH_CONFIG'];
  if (!configFile) {
    throw new RangeError(`Authentication is on: set AUTH_CONFIG to a JSON file of trusted issuers (see README), or run open on loopback with RR_AUTH=off or ${OPEN_LOOPBACK_FLAG}`);
  }
  return { mode: 'jwt', configFile };
}

/** Reads the settings; a malformed PORT or auth setting is an error, never a silent default. */
export function settingsFromEnv(env: NodeJS.ProcessEnv, argv: readonly string[] = []): ServiceSettings {
  const port = env['PORT'] === undefined ? 3030 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`PORT must be an integer from 0 to 65535, got "${env['PORT']}"`);
  const origins = env['CORS_ORIGINS']?.trim();
  const host = env['HOST'] || '127.0.0.1';
  return {
    host,
    auth: authSetting(env, argv, host),
    port,
    corsOrigins: origins === '*' ? '*' : (origins ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ...(env['FEEDBACK_LOG'] && { feedbackLog: env['FEEDBACK_LOG'] }),
    ...(env['DEMO_EVALUATED_AT'] && { demoEvaluatedAt: env['DEMO_EVALUATED_AT'] }),
    ...(env['REGION'] && { region: env['REGION'] }),
    rateLimitPerSecond: nonNegativeNumber(env, 'RATE_LIMIT_PER_SECOND', 20),
    hsts: env['HSTS'] === 'on',
    memoryLogSeconds: nonNegativeNumber(env, 'MEMORY_LOG_SECONDS', 0),
  };
}
