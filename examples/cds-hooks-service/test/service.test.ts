import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertValidCdsResponse, assertValidDiscovery } from './support/cds-validation.js';
import { postJson, runService, type ServiceProcess } from './support/run-service.js';

const EVALUATED_AT = '2026-11-24T15:00:00Z';
const sample = async (name: string) => JSON.parse(await readFile(new URL(`../samples/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

interface CardBody {
  cards: { uuid: string; summary: string; detail: string; indicator: string; source: { label: string; topic?: { code: string } } }[];
}

let service: ServiceProcess;
let feedbackLog: string;

beforeAll(async () => {
  feedbackLog = join(await mkdtemp(join(tmpdir(), 'cds-feedback-')), 'feedback.jsonl');
  service = await runService({ DEMO_EVALUATED_AT: EVALUATED_AT, FEEDBACK_LOG: feedbackLog, CORS_ORIGINS: 'https://sandbox.cds-hooks.org' });
});
afterAll(() => service.stop());

async function callHook(serviceId: string, body: unknown): Promise<CardBody> {
  const response = await postJson(`${service.url}/cds-services/${serviceId}`, body);
  expect(response.status).toBe(200);
  const json = (await response.json()) as CardBody;
  await assertValidCdsResponse(json);
  return json;
}

describe('the running service', () => {
  it('listens on loopback by default', () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a valid discovery document with CORS for the configured origin', async () => {
    const response = await fetch(`${service.url}/cds-services`, { headers: { origin: 'https://sandbox.cds-hooks.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://sandbox.cds-hooks.org');
    const body = (await response.json()) as { services: { id: string; hook: string }[] };
    expect(body.services.map((s) => s.hook)).toEqual(['patient-view', 'order-select', 'order-sign']);
    await assertValidDiscovery(body);
  });

  it('patient-view with prefetch: cards from the sample chart, mapped by the real factsFromFhir', async () => {
    const { cards } = await callHook('recovery-rules-patient-view', await sample('patient-view-request.json'));
    const candidacy = cards.find((c) => c.source.label.includes('Naltrexone candidacy'));
    // A-W1 (too early) needs lastOpioidUseAt and its type, which only the QuestionnaireResponse supplies.
    expect(candidacy?.source.topic?.code).toBe('A-W1');
    expect(candidacy?.detail).toContain('earliest start date');
    expect(cards.every((c) => c.indicator !== 'info')).toBe(true);
  });

  it('patient-view without prefetch: one card naming the data to send', async () => {
    const { cards } = await callHook('recovery-rules-patient-view', await sample('patient-view-no-prefetch-request.json'));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.indicator).toBe('warning');
    expect(cards[0]?.detail).toContain('`questionnaireResponses`');
  });

  it('order-sign for naltrexone, with and without prefetch', async () => {
    const request = await sample('order-sign-naltrexone-request.json');
    const withData = await callHook('recovery-rules-order-sign', request);
    expect(withData.cards.map((c) => c.source.topic?.code)).toEqual(['A-W1', 'B-1']);
    const { prefetch: _dropped, ...bare } = request;
    const without = await callHook('recovery-rules-order-sign', bare);
    expect(without.cards[0]?.summary).toMatch(/no usable prefetch data/);
    expect(without.cards.every((c) => c.indicator !== 'info')).toBe(true);
  });

  it('order-select for an opioid, with and without prefetch', async () => {
    const request = await sample('order-select-opioid-request.json');
    const withData = await callHook('recovery-rules-order-select', request);
    expect(withData.cards.map((c) => c.source.label)).toEqual([expect.stringContaining('Overdose-risk')]);
    const { prefetch: _dropped, ...bare } = request;
    const without = await callHook('recovery-rules-order-select', bare);
    expect(without.cards.map((c) => c.indicator)).toEqual(['warning', 'warning']);
  });

  it('POST /assess returns an assessment report', async () => {
    const response = await postJson(`${service.url}/assess`, { facts: { evaluatedAt: EVALUATED_AT, suspectedOverdose: 'yes', breathingStatus: 'absent' } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { urgency: string; emergency?: { steps: unknown[] } };
    expect(report.urgency).toBe('critical');
    expect(report.emergency?.steps).toHaveLength(5);
  });

  it('records feedback through the host callback (the log file)', async () => {
    const { cards } = await callHook('recovery-rules-patient-view', await sample('patient-view-request.json'));
    const feedback = await sample('feedback.json');
    const entries = (feedback['feedback'] as Record<string, unknown>[]).map((entry) => ({ ...entry, card: cards[0]?.uuid }));
    const response = await postJson(`${service.url}/cds-services/recovery-rules-patient-view/feedback`, { feedback: entries });
    expect(response.status).toBe(200);
    const lines = (await readFile(feedbackLog, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ serviceId: 'recovery-rules-patient-view', feedback: [{ card: cards[0]?.uuid, outcome: 'overridden' }] });
  });

  it('rejects malformed JSON, an oversized body and a wrong content type with stable codes', async () => {
    const url = `${service.url}/cds-services/recovery-rules-patient-view`;
    const malformed = await postJson(url, '{"hook":');
    expect([malformed.status, await malformed.json()]).toEqual([400, { error: expect.objectContaining({ code: 'invalid-json' }) }]);
    const oversized = await postJson(url, JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }));
    expect([oversized.status, await oversized.json()]).toEqual([413, { error: expect.objectContaining({ code: 'body-too-large' }) }]);
    const wrongType = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect([wrongType.status, await wrongType.json()]).toEqual([415, { error: expect.objectContaining({ code: 'unsupported-media-type' }) }]);
  });
});

describe('a service whose feedback store fails', () => {
  it('answers 502 feedback-failed instead of a silent success', async () => {
    const broken = await runService({ FEEDBACK_LOG: join(tmpdir(), 'no-such-dir-for-feedback', 'x', 'feedback.jsonl') });
    try {
      const feedback = await sample('feedback.json');
      const response = await postJson(`${broken.url}/cds-services/recovery-rules-patient-view/feedback`, feedback);
      expect([response.status, await response.json()]).toEqual([502, { error: expect.objectContaining({ code: 'feedback-failed' }) }]);
    } finally {
      await broken.stop();
    }
  });
});

describe('the samples', () => {
  it('send the sample Bundle’s resources as prefetch', async () => {
    const bundle = await sample('patient-bundle.json');
    const inBundle = (bundle['entry'] as { resource: { resourceType: string; id: string } }[]).map((e) => `${e.resource.resourceType}/${e.resource.id}`).sort();
    const prefetch = (await sample('patient-view-request.json'))['prefetch'] as Record<string, { resourceType: string; id?: string; entry?: { resource: { resourceType: string; id: string } }[] }>;
    const sent = Object.values(prefetch)
      .flatMap((value) => (value.resourceType === 'Bundle' ? (value.entry ?? []).map((e) => e.resource) : [value]))
      .map((r) => `${r.resourceType}/${r.id}`)
      .sort();
    expect(sent).toEqual(inBundle);
  });
});
