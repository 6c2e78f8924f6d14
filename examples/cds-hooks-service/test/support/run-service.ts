/**
 * Starts the built service (`node dist/server.js`, exactly what `pnpm start` runs) on an ephemeral loopback
 * port and stops it again. The tests then talk to it over real HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServiceProcess {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** Starts the service; auth is off (loopback development mode) unless `env` configures it. */
export async function runService(env: Record<string, string> = {}, args: readonly string[] = []): Promise<ServiceProcess> {
  // HOST is left unset unless a test sets it, so the default (loopback) is what runs.
  const { HOST: _host, ...inherited } = process.env;
  const authDefault = env['AUTH_CONFIG'] === undefined && env['RR_AUTH'] === undefined && !args.length ? { RR_AUTH: 'off' } : {};
  const child: ChildProcess = spawn(process.execPath, [SERVER, ...args], {
    env: { ...inherited, PORT: '0', ...authDefault, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+) /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`service exited with ${code}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
