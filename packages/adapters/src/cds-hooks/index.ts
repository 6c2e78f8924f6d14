/**
 * @recovery-rules/adapters/cds-hooks: recovery-rules results as CDS Hooks 2.0 cards
 * (https://cds-hooks.hl7.org/2.0/). A discovery document, `patient-view`, `order-select` and `order-sign`
 * services with prefetch templates, and feedback through a host callback. Every public export is named here.
 * @packageDocumentation
 */
export { createCdsHooksService, type CdsHooksService, type CdsHooksServiceOptions } from './cds-hooks-service.js';
export { CdsHooksError, type CdsHooksErrorCode, type RequestIssue } from './errors.js';
export type { Card, CardIndicator, CardLink, CardSource, CdsResponse, Coding } from './card.js';
export { MAX_SUMMARY_LENGTH } from './card.js';
export { RULE_TOPIC_SYSTEM, type CardOptions } from './card-options.js';
export {
  CDS_SERVICE_IDS,
  PREFETCH_TEMPLATES,
  discoveryDocument,
  type CdsServiceDefinition,
  type CdsServiceId,
  type DiscoveryResponse,
} from './services.js';
export {
  cdsServiceRequestSchema,
  fhirAuthorizationSchema,
  orderSelectContextSchema,
  orderSignContextSchema,
  patientViewContextSchema,
  type CdsServiceRequest,
  type DraftOrdersBundle,
} from './request-schema.js';
export { feedbackEntrySchema, feedbackRequestSchema, type CardFeedback, type FeedbackEntry, type FeedbackRecorder } from './feedback.js';
export type { FhirFactProblem, FhirFactsMapper, FhirFactsOutcome, FhirResource } from './fhir-facts.js';
export {
  RXNORM_CODES,
  RXNORM_SYSTEM,
  matchDraftOrders,
  readDraftOrders,
  type DraftOrderMatch,
  type MatchedOrder,
  type MatchOptions,
  type OrderKind,
  type UnidentifiedOrder,
} from './medication-match.js';
export { unidentifiedOrdersCard } from './unidentified-orders-card.js';
