/**
 * zod schemas for what a CDS client sends: the service request (CDS Hooks 2.0 §HTTP Request) and the
 * contexts of the hooks this adapter serves. Unknown extra fields are kept (CDS Hooks allows extensions);
 * a field with the wrong type is an error, never coerced.
 */
import { z } from 'zod';

/** `fhirAuthorization` (CDS Hooks 2.0): the token a service would need to call the FHIR server. */
export const fhirAuthorizationSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().nonnegative(),
  scope: z.string().min(1),
  subject: z.string().min(1),
  patient: z.string().min(1).optional(),
});

/** The body of `POST {base}/cds-services/{id}`. */
export const cdsServiceRequestSchema = z.looseObject({
  hook: z.string().min(1),
  hookInstance: z.string().min(1),
  fhirServer: z.url().optional(),
  fhirAuthorization: fhirAuthorizationSchema.optional(),
  context: z.record(z.string(), z.unknown()),
  prefetch: z.record(z.string(), z.unknown()).optional(),
});

/** A parsed CDS service request. */
export type CdsServiceRequest = z.infer<typeof cdsServiceRequestSchema>;

const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.string().min(1) }).optional() })).optional(),
});

/** Context of `patient-view`. */
export const patientViewContextSchema = z.looseObject({
  userId: z.string().min(1),
  patientId: z.string().min(1),
  encounterId: z.string().min(1).optional(),
});

/** Context of `order-sign`: the draft orders are a Bundle. */
export const orderSignContextSchema = patientViewContextSchema.extend({ draftOrders: bundleSchema });

/** Context of `order-select`: as order-sign, plus the ids of the orders just selected. */
export const orderSelectContextSchema = orderSignContextSchema.extend({ selections: z.array(z.string().min(1)) });

/** The draft-orders Bundle as this adapter reads it. */
export type DraftOrdersBundle = z.infer<typeof bundleSchema>;
