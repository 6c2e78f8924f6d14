/**
 * Makes every card response a test produces go through the cds-validator checks: a wrapped service records
 * each response, and after each test all of them are validated. Importing this module registers the hook.
 */
import { afterEach } from 'vitest';
import type { CdsHooksService } from '../../../src/cds-hooks/index.js';
import { assertValidCdsResponse } from './cds-validation.js';

const produced: unknown[] = [];

afterEach(async () => {
  for (const response of produced.splice(0)) await assertValidCdsResponse(response);
});

/** `service`, with every `call` result validated after the test. */
export function validated(service: CdsHooksService): CdsHooksService {
  return {
    ...service,
    call: (serviceId, body) => {
      const response = service.call(serviceId, body);
      produced.push(response);
      return response;
    },
  };
}
