import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { EVALUATED_AT } from '../cds-hooks/support/fake-facts-mapper.js';
import { errorCode, postJson, streamedPost, testHandler } from './support.js';

const SERVICE = `/cds-services/${CDS_SERVICE_IDS.patientView}`;

describe('request bodies', () => {
  const handler = testHandler({ maxBodyBytes: 1000 });

  it('415 for a body that is not JSON, or has no content type', async () => {
    const text = await handler(postJson(SERVICE, '{}', { 'content-type': 'text/plain' }));
    expect([text.status, await errorCode(text)]).toEqual([415, 'unsupported-media-type']);
    const none = await handler(new Request(`http://x${SERVICE}`, { method: 'POST', body: new Uint8Array([123, 125]) }));
    expect(none.status).toBe(415);
    const fhirJson = await handler(postJson('/assess', { facts: { evaluatedAt: EVALUATED_AT } }, { 'content-type': 'application/fhir+json; charset=utf-8' }));
    expect(fhirJson.status).toBe(200);
  });

  it('400 invalid-json for malformed JSON and for bytes that are not UTF-8', async () => {
    const broken = await handler(postJson(SERVICE, '{"hook": '));
    expect([broken.status, await errorCode(broken)]).toEqual([400, 'invalid-json']);
    const latin1 = new Request('http://x/assess', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x22, 0xe9, 0x22]) });
    expect(await errorCode(await handler(latin1))).toBe('invalid-json');
  });

  it('413 when Content-Length says the body is too large', async () => {
    const response = await handler(postJson(SERVICE, JSON.stringify({ pad: 'x'.repeat(2000) })));
    expect([response.status, await errorCode(response)]).toEqual([413, 'body-too-large']);
  });

  it('413 while streaming a body with no Content-Length, without reading it all', async () => {
    const response = await handler(streamedPost(SERVICE, 50_000_000, 512));
    expect([response.status, await errorCode(response)]).toEqual([413, 'body-too-large']);
  });

  it('accepts a body exactly at the limit', async () => {
    const body = JSON.stringify({ facts: { evaluatedAt: EVALUATED_AT } });
    const padded = body + ' '.repeat(1000 - body.length);
    expect((await handler(postJson('/assess', padded))).status).toBe(200);
    expect((await handler(postJson('/assess', `${padded} `))).status).toBe(413);
  });
});
