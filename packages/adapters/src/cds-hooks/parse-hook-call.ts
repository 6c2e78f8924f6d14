/**
 * The checks every hook call passes before anything is fetched or evaluated: the service exists, the body is
 * a CDS Hooks request for that service's hook, and its context has that hook's shape. One function, used by
 * the service when it answers and by the HTTP handler before it lets the host's FHIR fetcher run, so the two
 * can never disagree about what a valid call is.
 */
import type { z } from 'zod';
import { CdsHooksError, requestIssues } from './errors.js';
import {
  cdsServiceRequestSchema,
  orderSelectContextSchema,
  orderSignContextSchema,
  patientViewContextSchema,
  type CdsServiceRequest,
} from './request-schema.js';
import { serviceDefinition } from './services.js';

/** The parsed value, or a {@link CdsHooksError} `invalid-request` naming each problem's path under `prefix`. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string, prefix = ''): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CdsHooksError('invalid-request', `Invalid ${what}`, requestIssues(parsed.error.issues, prefix));
  return parsed.data;
}

/** A validated hook call, its context typed by the hook. */
export type HookCall =
  | { readonly hook: 'patient-view'; readonly request: CdsServiceRequest; readonly context: z.infer<typeof patientViewContextSchema> }
  | { readonly hook: 'order-select'; readonly request: CdsServiceRequest; readonly context: z.infer<typeof orderSelectContextSchema> }
  | { readonly hook: 'order-sign'; readonly request: CdsServiceRequest; readonly context: z.infer<typeof orderSignContextSchema> };

/**
 * Validates a call to `serviceId`.
 * @throws {@link CdsHooksError} `not-found` for an unknown service, `invalid-request` for a body that is not a
 *   valid request for that service's hook.
 */
export function parseHookCall(serviceId: string, body: unknown): HookCall {
  const definition = serviceDefinition(serviceId);
  if (!definition) throw new CdsHooksError('not-found', `No CDS service "${serviceId}"`);
  const request = parseOrThrow(cdsServiceRequestSchema, body, 'CDS Hooks request');
  if (request.hook !== definition.hook) {
    throw new CdsHooksError('invalid-request', `Service "${serviceId}" answers "${definition.hook}", not "${request.hook}"`, [
      { path: 'hook', message: `expected "${definition.hook}"` },
    ]);
  }
  switch (definition.hook) {
    case 'patient-view':
      return { hook: 'patient-view', request, context: parseOrThrow(patientViewContextSchema, request.context, 'patient-view context', 'context') };
    case 'order-select':
      return { hook: 'order-select', request, context: parseOrThrow(orderSelectContextSchema, request.context, 'order-select context', 'context') };
    case 'order-sign':
      return { hook: 'order-sign', request, context: parseOrThrow(orderSignContextSchema, request.context, 'order-sign context', 'context') };
    default:
      // Only reachable if a service is added to the discovery list without teaching this function its hook.
      throw new CdsHooksError('not-found', `Service "${serviceId}" answers "${definition.hook}", which this server cannot handle`);
  }
}
