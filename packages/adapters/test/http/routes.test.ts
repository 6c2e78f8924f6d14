import { assessSync } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { assertValidCdsResponse, assertValidDiscovery } from '../cds-hooks/support/cds-validation.js';
import { EVALUATED_AT, prefetchWithFacts } from '../cds-hooks/support/fake-facts-mapper.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { BASE, errorCode, postJson, testHandler } from './support.js';

describe('routes', () => {
  const handler = testHandler();

  it('serves the discovery document', async () => {
    const response = await handler(new Request(`${BASE}/cds-services`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await assertValidDiscovery(await response.json());
  });

  it('answers a hook call with valid cards', async () => {
    const prefetch = prefetchWithFacts({ suspectedOverdose: 'yes', breathingStatus: 'absent' });
    const response = await handler(postJson(`/cds-services/${CDS_SERVICE_IDS.patientView}`, patientViewRequest(prefetch)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { cards: { indicator: string }[] };
    expect(body.cards[0]?.indicator).toBe('critical');
    await assertValidCdsResponse(body);
  });

  it('POST /assess returns the same report as assessSync', async () => {
    const facts = { evaluatedAt: EVALUATED_AT, lastOpioidUseAt: '2026-11-20', lastOpioidType: 'short-acting' };
    const response = await handler(postJson('/assess', { facts, options: { region: 'GB' } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(assessSync(facts, { region: 'GB' }))));
  });

  it('answers invalid facts with 422 and core’s issues', async () => {
    const response = await handler(postJson('/assess', { facts: { evaluatedAt: EVALUATED_AT, ageYears: 'thirty' } }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; issues: { field: string; received: unknown; allowed: string }[] } };
    expect(body.error.code).toBe('invalid-facts');
    expect(body.error.issues).toEqual([expect.objectContaining({ field: 'ageYears', received: 'thirty', allowed: expect.any(String) })]);
  });

  it('answers a malformed body shape with 400 invalid-request and the path', async () => {
    const response = await handler(postJson('/assess', { facts: {}, options: { locale: 'fr' } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid-request', issues: [{ path: 'options.locale' }] } });
    const badWindow = await handler(postJson('/assess', { facts: {}, options: { timeWindows: { rescueWindowHours: 500 } } }));
    expect(badWindow.status).toBe(400);
    expect(await errorCode(badWindow)).toBe('invalid-request');
  });

  it('uses stable codes for unknown routes, unknown services and wrong methods', async () => {
    const missing = await handler(new Request(`${BASE}/nope`));
    expect([missing.status, await errorCode(missing)]).toEqual([404, 'not-found']);
    const unknown = await handler(postJson('/cds-services/nope', patientViewRequest()));
    expect([unknown.status, await errorCode(unknown)]).toEqual([404, 'not-found']);
    const wrong = await handler(new Request(`${BASE}/assess`));
    expect([wrong.status, wrong.headers.get('allow'), await errorCode(wrong)]).toEqual([405, 'POST, OPTIONS', 'method-not-allowed']);
    const badEscape = await handler(new Request(`${BASE}/cds-services/%E0%A4%A`));
    expect(badEscape.status).toBe(404);
  });

  it('serves the routes under a base path', async () => {
    const mounted = testHandler({ basePath: '/cds/' });
    expect((await mounted(new Request(`${BASE}/cds/cds-services`))).status).toBe(200);
    expect((await mounted(new Request(`${BASE}/cds-services`))).status).toBe(404);
    expect(await (await mounted(new Request(`${BASE}/cds/healthz`))).json()).toEqual({ status: 'ok' });
  });
});
