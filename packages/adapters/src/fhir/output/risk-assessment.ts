/**
 * A RiskAssessment for an overdose-risk result of `high` or `elevated`. No RiskAssessment is made for
 * `no-flags-identified` or `insufficient-information`: "no flags" is not a measured low risk, and a resource
 * saying "low" would be read as reassurance the rules never gave.
 */
import type { RiskAssessment } from '@medplum/fhirtypes';
import type { EvaluationResult } from '@recovery-rules/core';
import { CANONICAL } from '../canonical.js';
import { evidenceReferences } from './evidence-references.js';
import type { GuidanceOptions } from './guidance-response.js';

const RISK_PROBABILITY = 'http://terminology.hl7.org/CodeSystem/risk-probability';
const QUALITATIVE_RISK: Readonly<Record<string, string>> = { high: 'high', elevated: 'moderate' };

/** The RiskAssessment for an overdose-risk result, or undefined for other rule sets and non-risk outcomes. */
export function riskAssessmentFor(result: EvaluationResult, options: GuidanceOptions): RiskAssessment | undefined {
  const level = result.ruleSet === 'overdose-risk' ? QUALITATIVE_RISK[result.outcome] : undefined;
  if (level === undefined) return undefined;
  const basis = evidenceReferences(result, options.mapping);
  const firedFlags = result.rules.filter((rule) => rule.status === 'fired' && !rule.fallback);
  return {
    resourceType: 'RiskAssessment',
    id: 'overdose-risk',
    status: 'final',
    code: { coding: [{ system: CANONICAL.outcomes(result.ruleSet), code: result.outcome }], text: 'Opioid overdose risk flags' },
    subject: options.subject ?? { display: 'Subject not identified by the caller' },
    ...(result.evaluatedAt !== undefined && { occurrenceDateTime: result.evaluatedAt }),
    ...(firedFlags.length > 0 && { reasonCode: firedFlags.map((rule) => ({ coding: [{ system: CANONICAL.rules, code: rule.id }], text: rule.id })) }),
    ...(basis.length > 0 && { basis }),
    prediction: [
      {
        outcome: { text: 'Opioid overdose' },
        qualitativeRisk: { coding: [{ system: RISK_PROBABILITY, code: level }], text: result.outcome },
        rationale: result.messages.map((m) => m.summary).join(' '),
      },
    ],
  };
}
