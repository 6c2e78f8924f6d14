/**
 * The checks a hook call must pass before anything is fetched for it: the service exists, the body is a CDS
 * Hooks request for that service's hook, and its context has that hook's shape. The host's FHIR fetcher is
 * then never called with a malformed request's `fhirServer`, `fhirAuthorization` or context. The CDS Hooks
 * service checks the same again when it builds the cards; this only decides whether fetching may start.
 */
import type { z } from 'zod';
import { CdsHooksError, requestIssues } from '../cds-hooks/errors.js';
import { cdsServiceRequestSchema, orderSelectContextSchema, orderSignContextSchema, patientViewContextSchema } from '../cds-hooks/request-schema.js';
import { serviceDefinition } from '../cds-hooks/services.js';

const CONTEXT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'patient-view': patientViewContextSchema,
  'order-select': orderSelectContextSchema,
  'order-sign': orderSignContextSchema,
};

function check(schema: z.ZodType, value: unknown, what: string, prefix = ''): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CdsHooksError('invalid-request', `Invalid ${what}`, requestIssues(parsed.error.issues, prefix));
}

/** Throws the error the service would answer (`not-found`, `invalid-request`) when `body` cannot be a call to `serviceId`. */
export function checkHookRequest(serviceId: string, body: unknown): void {
  const definition = serviceDefinition(serviceId);
  if (!definition) throw new CdsHooksError('not-found', `No CDS service "${serviceId}"`);
  check(cdsServiceRequestSchema, body, 'CDS Hooks request');
  const { hook, context } = body as { hook: string; context: unknown };
  if (hook !== definition.hook) {
    throw new CdsHooksError('invalid-request', `Service "${serviceId}" answers "${definition.hook}", not "${hook}"`, [{ path: 'hook', message: `expected "${definition.hook}"` }]);
  }
  const contextSchema = CONTEXT_SCHEMAS[definition.hook];
  if (contextSchema) check(contextSchema, context, `${definition.hook} context`, 'context');
}
