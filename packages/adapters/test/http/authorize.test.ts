import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { EVALUATED_AT } from '../cds-hooks/support/fake-facts-mapper.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { BASE, errorCode, postJson, testHandler } from './support.js';

const SERVICE = `/cds-services/${CDS_SERVICE_IDS.patientView}`;
const token = (request: Request) => request.headers.get('authorization') === 'Bearer good';

describe('authorize', () => {
  it('answers 401 for hook calls, feedback and /assess it does not allow', async () => {
    const handler = testHandler({ authorize: token, onFeedback: () => undefined });
    for (const path of [SERVICE, `${SERVICE}/feedback`, '/assess']) {
      const response = await handler(postJson(path, {}));
      expect([response.status, response.headers.get('www-authenticate'), await errorCode(response)]).toEqual([401, 'Bearer', 'unauthorized']);
    }
    const allowed = await handler(postJson(SERVICE, patientViewRequest(), { authorization: 'Bearer good' }));
    expect(allowed.status).toBe(200);
    const assess = await handler(postJson('/assess', { facts: { evaluatedAt: EVALUATED_AT } }, { authorization: 'Bearer good' }));
    expect(assess.status).toBe(200);
  });

  it('keeps discovery and health open, and treats a throwing check as a refusal', async () => {
    const handler = testHandler({ authorize: () => Promise.reject(new Error('key server down')) });
    expect((await handler(new Request(`${BASE}/cds-services`))).status).toBe(200);
    expect((await handler(new Request(`${BASE}/healthz`))).status).toBe(200);
    expect((await handler(postJson(SERVICE, patientViewRequest()))).status).toBe(401);
  });
});
