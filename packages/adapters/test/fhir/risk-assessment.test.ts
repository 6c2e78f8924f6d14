import type { MedicationRequest, RiskAssessment } from '@medplum/fhirtypes';
import { evaluateSync } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { factsFromFhir, guidanceResponseFor } from '../../src/fhir/index.js';
import { fhirSchemaErrors } from './fhir-schema.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const med = (id: string, code: string, display: string): MedicationRequest => ({
  resourceType: 'MedicationRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p1' },
  medicationCodeableConcept: { coding: [{ system: RX, code, display }] },
});

describe('overdose risk as a RiskAssessment', () => {
  it('a benzodiazepine with an opioid (F-3) gives a high-risk RiskAssessment based on both prescriptions', () => {
    const mapping = factsFromFhir([med('oxy', '1049621', 'oxycodone hydrochloride 5 MG Oral Tablet'), med('alpraz', '308047', 'alprazolam 0.25 MG Oral Tablet')], { evaluatedAt });
    const result = evaluateSync('overdose-risk', mapping.facts);
    expect(result.outcome).toBe('high');
    const response = guidanceResponseFor(result, { subject: { reference: 'Patient/p1' }, mapping });
    const risk = response.contained?.find((r): r is RiskAssessment => r.resourceType === 'RiskAssessment');
    expect(risk?.prediction?.[0]?.qualitativeRisk?.coding?.[0]).toEqual({ system: 'http://terminology.hl7.org/CodeSystem/risk-probability', code: 'high' });
    expect(risk?.basis?.map((b) => b.reference).sort()).toEqual(['MedicationRequest/alpraz', 'MedicationRequest/oxy']);
    expect(risk?.subject).toEqual({ reference: 'Patient/p1' });
    expect(JSON.stringify(response.contained?.find((r) => r.resourceType === 'Parameters'))).toContain('"valueReference":{"reference":"#overdose-risk"}');
    expect(fhirSchemaErrors(response)).toEqual([]);
    expect(fhirSchemaErrors(risk)).toEqual([]);
  });

  it('elevated maps to moderate; "no flags identified" gets no RiskAssessment, since it is not a measured low risk', () => {
    const elevated = evaluateSync('overdose-risk', { evaluatedAt, usesAlone: 'yes' });
    expect(elevated.outcome).toBe('elevated');
    const risk = guidanceResponseFor(elevated).contained?.find((r): r is RiskAssessment => r.resourceType === 'RiskAssessment');
    expect(risk?.prediction?.[0]?.qualitativeRisk?.coding?.[0]?.code).toBe('moderate');
    const insufficient = evaluateSync('overdose-risk', { evaluatedAt });
    expect(insufficient.outcome).toBe('insufficient-information');
    const response = guidanceResponseFor(insufficient);
    expect(response.status).toBe('data-required');
    expect(response.contained?.some((r) => r.resourceType === 'RiskAssessment')).toBe(false);
  });
});
