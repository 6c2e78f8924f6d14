/**
 * A DetectedIssue for a critical outcome (a contraindication, or a call-911-now emergency): the finding a
 * clinician must not miss, with the fired rules as evidence and the source resources as implicated.
 */
import type { DetectedIssue, Patient, Reference } from '@medplum/fhirtypes';
import type { EvaluationResult } from '@recovery-rules/core';
import { resultSeverity } from '../../result-severity.js';
import { CANONICAL } from '../canonical.js';
import { evidenceReferences } from './evidence-references.js';
import type { GuidanceOptions } from './guidance-response.js';

/** The DetectedIssue for `result`, or undefined when its outcome is not critical. */
export function detectedIssueFor(result: EvaluationResult, options: GuidanceOptions): DetectedIssue | undefined {
  if (resultSeverity(result, options.ruleSet) !== 'critical') return undefined;
  const fired = result.rules.filter((rule) => rule.status === 'fired' && !rule.fallback && rule.outcome === result.outcome);
  const implicated = evidenceReferences(result, options.mapping, (rule) => rule.outcome === result.outcome);
  const patient = options.subject?.reference?.startsWith('Patient/') ? (options.subject as Reference<Patient>) : undefined;
  return {
    resourceType: 'DetectedIssue',
    id: 'detected-issue',
    status: 'final',
    code: { coding: [{ system: CANONICAL.outcomes(result.ruleSet), code: result.outcome }], text: `${result.ruleSet}: ${result.outcome}` },
    severity: 'high',
    ...(patient && { patient }),
    ...(result.evaluatedAt !== undefined && { identifiedDateTime: result.evaluatedAt }),
    ...(implicated.length > 0 && { implicated }),
    ...(fired.length > 0 && { evidence: [{ code: fired.map((rule) => ({ coding: [{ system: CANONICAL.rules, code: rule.id }], text: rule.id })) }] }),
    detail: result.messages.map((m) => m.summary).join(' '),
  };
}
