/**
 * `createCdsHooksService`: the discovery document, the three services and the feedback endpoint as plain
 * functions, independent of any HTTP server (the `./http` handler serves them).
 */
import type { AssessOptions } from '@recovery-rules/core';
import type { CdsResponse } from './card.js';
import { resolveCardOptions, type CardOptions } from './card-options.js';
import { defaultFactsMapper } from './default-facts-mapper.js';
import { CdsHooksError } from './errors.js';
import { assessChart } from './evaluate-chart.js';
import { feedbackRequestSchema, type FeedbackRecorder } from './feedback.js';
import type { FhirFactsMapper, FhirResource } from './fhir-facts.js';
import { readDraftOrders, type OrderKind } from './medication-match.js';
import { unidentifiedOrdersCard } from './unidentified-orders-card.js';
import { orderResponse } from './order-hooks.js';
import { patientViewResponse } from './patient-view.js';
import { parseHookCall, parseOrThrow } from './parse-hook-call.js';
import type { CdsServiceRequest } from './request-schema.js';
import { otherPatientIssues } from './same-patient.js';
import { discoveryDocument, serviceDefinition, type DiscoveryResponse } from './services.js';

/** Options of {@link createCdsHooksService}. */
export interface CdsHooksServiceOptions extends CardOptions {
  /**
   * Turns prefetched FHIR resources into facts. Default: `factsFromFhir` from `@recovery-rules/adapters/fhir`
   * with its default age limits; pass a closure to set other limits or a time zone.
   */
  readonly factsFromFhir?: FhirFactsMapper;
  /** The clock for `evaluatedAt`; default `() => new Date()`. Core itself never reads a clock. */
  readonly now?: () => Date;
  /** Passed to core's `assessSync`: region, locale, fentanyl policy, parameters. */
  readonly assessOptions?: AssessOptions;
  /** patient-view: also show results whose severity is `info` (reassuring outcomes). Default false. */
  readonly includeInfoCards?: boolean;
  /** RxNorm codes to recognise in draft orders besides the built-in list. */
  readonly extraOrderCodes?: Readonly<Partial<Record<OrderKind, readonly string[]>>>;
  /** Records card feedback; without it the feedback endpoints answer `not-found`. */
  readonly onFeedback?: FeedbackRecorder;
}

/** The services, callable without HTTP. Every method validates its input. */
export interface CdsHooksService {
  /** The discovery document. */
  discovery(): DiscoveryResponse;
  /**
   * Answers a hook call synchronously.
   * @throws {@link CdsHooksError} `not-found` for an unknown service, `invalid-request` for a body that is not a
   *   valid request for that service's hook.
   */
  call(serviceId: string, body: unknown): CdsResponse;
  /**
   * Validates feedback and hands it to `onFeedback`; resolves once the host recorded it.
   * @throws {@link CdsHooksError} `not-found`, `invalid-request`, or `feedback-failed` when the host's callback failed.
   */
  feedback(serviceId: string, body: unknown): Promise<void>;
}

/** Creates the CDS Hooks services. */
export function createCdsHooksService(options: CdsHooksServiceOptions = {}): CdsHooksService {
  const cardOptions = resolveCardOptions(options);
  const now = options.now ?? (() => new Date());
  const assessOptions = options.assessOptions ?? {};

  function chartOf(request: CdsServiceRequest, patientId: string) {
    const factsFromFhir = options.factsFromFhir ?? defaultFactsMapper;
    return assessChart(request.prefetch, { evaluatedAt: now().toISOString(), patientId, factsFromFhir, assessOptions });
  }

  function call(serviceId: string, body: unknown): CdsResponse {
    const { hook, request, context } = parseHookCall(serviceId, body);
    if (hook === 'patient-view') {
      return patientViewResponse(chartOf(request, context.patientId), { ...cardOptions, includeInfo: options.includeInfoCards ?? false });
    }
    const selections = 'selections' in context ? (context.selections as string[]) : undefined;
    const { matched: orders, unidentified } = readDraftOrders(context.draftOrders, {
      ...(selections !== undefined && { selections }),
      ...(options.extraOrderCodes !== undefined && { extraCodes: options.extraOrderCodes }),
    });
    // No naltrexone or opioid order, and none that might be one: nothing to evaluate, and nothing is evaluated.
    if (orders.length === 0 && unidentified.length === 0) return { cards: [] };
    const draftResources = (context.draftOrders.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource as FhirResource] : []));
    const foreign = otherPatientIssues(draftResources, context.patientId);
    if (foreign.length > 0) throw new CdsHooksError('invalid-request', "The draft orders include another patient's orders", foreign);
    const unchecked = unidentifiedOrdersCard(unidentified, cardOptions);
    const response = orders.length === 0 ? { cards: [] } : orderResponse(chartOf(request, context.patientId), orders, cardOptions);
    return unchecked ? { ...response, cards: [...response.cards, unchecked] } : response;
  }

  async function feedback(serviceId: string, body: unknown): Promise<void> {
    if (!serviceDefinition(serviceId)) throw new CdsHooksError('not-found', `No CDS service "${serviceId}"`);
    if (!options.onFeedback) throw new CdsHooksError('not-found', 'This server does not record feedback');
    const parsed = parseOrThrow(feedbackRequestSchema, body, 'feedback');
    try {
      await options.onFeedback({ serviceId, feedback: parsed.feedback });
    } catch (error) {
      throw new CdsHooksError('feedback-failed', 'The feedback could not be recorded', [], { cause: error });
    }
  }

  return { discovery: discoveryDocument, call, feedback };
}
