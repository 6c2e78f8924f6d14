/**
 * A core EvaluationResult as a FHIR R4 GuidanceResponse. The status is `data-required` whenever the result
 * could not reach an answer (the rule set's insufficient-information outcome, e.g. a waiting period that
 * cannot be computed, or invalid COWS input), and `success` otherwise; `dataRequirement` lists what to
 * collect next either way.
 */
import type { Annotation, CodeableConcept, Group, GuidanceResponse, Identifier, OperationOutcome, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { DISCLAIMERS, builtInRuleSet, isBuiltInRuleSetId, type EvaluationResult, type RuleSet } from '@recovery-rules/core';
import { CANONICAL } from '../canonical.js';
import type { FhirMapping } from '../mapping/mapping-types.js';
import { dataRequirementsFor } from './data-requirements.js';
import { detectedIssueFor } from './detected-issue.js';
import { evaluationMessageFor } from './evaluation-message.js';
import { outputParametersFor } from './output-parameters.js';
import { riskAssessmentFor } from './risk-assessment.js';

/** Options for {@link guidanceResponseFor}. */
export interface GuidanceOptions {
  /** The GuidanceResponse id; default `<ruleSet>`. Contained resources get ids of their own. */
  readonly id?: string;
  /** The patient (or group) the guidance is about, e.g. `{ reference: 'Patient/123' }`. */
  readonly subject?: Reference<Patient | Group>;
  /** The identifier of the request (e.g. a CDS Hooks hookInstance), echoed back. */
  readonly requestIdentifier?: Identifier;
  /** The mapping the facts came from: adds its problems and unmapped codes, and links to source resources. */
  readonly mapping?: FhirMapping;
  /** Needed only for a rule set that is not built in (to read its outcome severities). */
  readonly ruleSet?: RuleSet;
  /** The mandatory disclaimer (SPEC §6), added as the last note; default core's English `DISCLAIMERS.en`. */
  readonly disclaimer?: string;
}

/**
 * `data-required` when the result is its rule set's insufficient-information outcome (which is also what the
 * reassurance gate gives when an unknown fact withholds a reassuring answer), or COWS `invalid-input`.
 */
function statusOf(result: EvaluationResult, ruleSet: RuleSet | undefined): GuidanceResponse['status'] {
  const source = ruleSet ?? (isBuiltInRuleSetId(result.ruleSet) ? (builtInRuleSet(result.ruleSet) as RuleSet) : undefined);
  if (!source) throw new RangeError(`guidanceResponseFor: unknown rule set "${result.ruleSet}"; pass the rule set you loaded`);
  return result.outcome === source.insufficientOutcome || result.outcome === 'invalid-input' ? 'data-required' : 'success';
}

function reasonCodes(result: EvaluationResult): CodeableConcept[] {
  const fired = result.rules.filter((rule) => rule.status === 'fired' && !rule.fallback);
  return [
    { coding: [{ system: CANONICAL.outcomes(result.ruleSet), code: result.outcome }], text: result.outcome },
    ...fired.map((rule) => ({ coding: [{ system: CANONICAL.rules, code: rule.id }], text: rule.id })),
  ];
}

function notes(result: EvaluationResult, disclaimer: string): Annotation[] {
  return [...result.messages.map((m) => ({ text: m.detail === undefined ? m.summary : `${m.summary}\n\n${m.detail}` })), { text: disclaimer }];
}

/**
 * Converts one core result into a GuidanceResponse with contained output Parameters, and a DetectedIssue
 * (critical outcomes) or RiskAssessment (overdose risk) where they fit.
 * @param result - from core's `evaluate`/`evaluateSync`, or one entry of an AssessmentReport's `results`.
 * @throws RangeError for a result of a rule set that is not built in when `options.ruleSet` is not given.
 */
export function guidanceResponseFor(result: EvaluationResult, options: GuidanceOptions = {}): GuidanceResponse {
  const contained: Resource[] = [];
  const references: Record<string, string> = {};
  const issue = detectedIssueFor(result, options);
  if (issue) {
    contained.push(issue);
    references['detectedIssue'] = `#${issue.id}`;
  }
  const risk = riskAssessmentFor(result, options);
  if (risk) {
    contained.push(risk);
    references['riskAssessment'] = `#${risk.id}`;
  }
  const outputs = outputParametersFor(result, 'outputs', references);
  const message: OperationOutcome | undefined = options.mapping ? evaluationMessageFor(options.mapping, 'mapping-messages') : undefined;
  return {
    resourceType: 'GuidanceResponse',
    id: options.id ?? result.ruleSet,
    contained: [outputs, ...contained, ...(message ? [message] : [])],
    ...(options.requestIdentifier !== undefined && { requestIdentifier: options.requestIdentifier }),
    moduleUri: CANONICAL.ruleSet(result.ruleSet, result.ruleSetVersion),
    status: statusOf(result, options.ruleSet),
    ...(options.subject !== undefined && { subject: options.subject }),
    ...(result.evaluatedAt !== undefined && { occurrenceDateTime: result.evaluatedAt }),
    reasonCode: reasonCodes(result),
    note: notes(result, options.disclaimer ?? DISCLAIMERS.en),
    ...(message && { evaluationMessage: [{ reference: `#${message.id}` }] }),
    outputParameters: { reference: '#outputs' },
    ...(result.missingFacts.length > 0 && { dataRequirement: result.missingFacts.flatMap(dataRequirementsFor) }),
  };
}
