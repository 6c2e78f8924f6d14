import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { postJson, runService } from './support/run-service.js';

const PATIENT_VIEW = '/cds-services/recovery-rules-patient-view';
const sampleText = (name: string) => readFile(new URL(`../samples/${name}`, import.meta.url), 'utf8');

describe('logs of the running service', () => {
  it('hold one redacted line per request and none of the chart values of a full patient-view call', async () => {
    // Distinctive values: an ALT result of 3.14159 U/L and a last-use time nobody would log by accident.
    const request = (await sampleText('patient-view-request.json')).replace('"value": 42', '"value": 3.14159').replace('2026-11-20T22:00:00-05:00', '2026-11-19T21:27:18-05:00');
    expect(request).toContain('3.14159');
    const service = await runService({ DEMO_EVALUATED_AT: '2026-11-24T15:00:00Z' });
    try {
      const response = await postJson(`${service.url}${PATIENT_VIEW}`, request);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { cards: unknown[] }).cards.length).toBeGreaterThan(0);
      const invalid = await postJson(`${service.url}/assess`, { facts: { evaluatedAt: '2026-11-24T15:00:00Z', altUnitsPerLiter: 'ALT 3.14159' } });
      expect(invalid.status).toBeGreaterThanOrEqual(400);
    } finally {
      await service.stop();
    }
    const output = service.output();
    expect(output).toMatch(/"event":"request","method":"POST","route":"service","serviceId":"recovery-rules-patient-view","status":200/);
    for (const value of ['3.14159', '2026-11-19', '21:27:18', 'Patient/', 'U/L']) expect(output).not.toContain(value);
  });
});

describe('HTTP hardening', () => {
  it('sends security headers and refuses a non-JSON content type', async () => {
    const service = await runService();
    try {
      const response = await fetch(`${service.url}${PATIENT_VIEW}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
      expect(response.status).toBe(415);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    } finally {
      await service.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting connections, finishes the in-flight request, then exits', async () => {
    const service = await runService({ DEMO_EVALUATED_AT: '2026-11-24T15:00:00Z' });
    const body = Buffer.from(await sampleText('patient-view-request.json'));
    const half = Math.floor(body.length / 2);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${service.url}${PATIENT_VIEW}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.subarray(0, half));
      // The rest of the body arrives only after the service was told to stop.
      void sleep(600).then(() => req.end(body.subarray(half)));
    });
    await sleep(200);
    const stopped = service.stop();
    await sleep(150);
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect((JSON.parse(text) as { cards: unknown[] }).cards.length).toBeGreaterThan(0);
    await stopped;
    expect(service.output()).toContain('SIGTERM: finishing in-flight requests');
  });
});
