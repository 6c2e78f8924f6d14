import { describe, expect, it } from 'vitest';
import { CDS_SERVICE_IDS } from '../../src/cds-hooks/index.js';
import { createCdsJwtVerifier, type AuthFailureReason } from '../../src/http/index.js';
import { patientViewRequest } from '../cds-hooks/support/requests.js';
import { postJson, testHandler } from '../http/support.js';
import { ISSUER, now, testClient } from './support.js';

const PATH = `/cds-services/${CDS_SERVICE_IDS.patientView}`;
const ENDPOINT = `http://service.test${PATH}`;

describe('the handler with createCdsJwtVerifier', () => {
  it('answers a signed call, and 401 without clinical data to an unsigned or replayed one', async () => {
    const client = await testClient();
    const reasons: AuthFailureReason[] = [];
    const verifier = createCdsJwtVerifier({ issuers: [{ issuer: ISSUER, jwks: client.jwks }], now }, (reason) => reasons.push(reason));
    const handler = testHandler({ authorize: verifier.authorize });
    const token = await client.sign({ aud: ENDPOINT });

    const signed = await handler(postJson(PATH, patientViewRequest(), { authorization: `Bearer ${token}` }));
    expect(signed.status).toBe(200);
    expect(((await signed.json()) as { cards: unknown[] }).cards.length).toBeGreaterThan(0);

    for (const headers of [{}, { authorization: `Bearer ${token}` }]) {
      const refused = await handler(postJson(PATH, patientViewRequest(), headers));
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(await refused.json()).toEqual({ error: { code: 'unauthorized', message: 'The request is not authorized' } });
    }
    expect(reasons).toEqual(['missing-token', 'replayed']);
  });
});
