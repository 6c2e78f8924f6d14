/**
 * The service's settings, from the environment. Loopback and port 3030 unless told otherwise: a CDS service
 * holding patient data should not listen on every interface by accident.
 */

/** What the server needs to start. */
export interface ServiceSettings {
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
}

/** Reads the settings; a malformed PORT is an error, never a silent default. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ServiceSettings {
  const port = env['PORT'] === undefined ? 3030 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`PORT must be an integer from 0 to 65535, got "${env['PORT']}"`);
  const origins = env['CORS_ORIGINS']?.trim();
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    corsOrigins: origins === '*' ? '*' : (origins ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ...(env['FEEDBACK_LOG'] && { feedbackLog: env['FEEDBACK_LOG'] }),
    ...(env['DEMO_EVALUATED_AT'] && { demoEvaluatedAt: env['DEMO_EVALUATED_AT'] }),
    ...(env['REGION'] && { region: env['REGION'] }),
  };
}
