/** An AssessmentReport (all six rule sets) as a FHIR Bundle of GuidanceResponses, one per rule set. */
import type { Bundle, GuidanceResponse } from '@medplum/fhirtypes';
import type { AssessmentReport } from '@recovery-rules/core';
import { guidanceResponseFor, type GuidanceOptions } from './guidance-response.js';

/**
 * A `collection` Bundle holding one GuidanceResponse per rule set, in the report's evaluation order; each
 * response's id is its rule set id and carries the report's disclaimer (in the report's language). The other
 * options apply to every response.
 */
export function guidanceBundleFor(report: AssessmentReport, options: Omit<GuidanceOptions, 'id' | 'ruleSet' | 'disclaimer'> = {}): Bundle<GuidanceResponse> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(report.evaluatedAt !== undefined && { timestamp: report.evaluatedAt }),
    entry: report.evaluationOrder.map((id) => ({ resource: guidanceResponseFor(report.results[id], { ...options, id, disclaimer: report.disclaimer }) })),
  };
}
