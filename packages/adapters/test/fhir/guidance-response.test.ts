import { DISCLAIMERS, evaluateSync } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { factsFromFhir, guidanceResponseFor } from '../../src/fhir/index.js';
import { fhirSchemaErrors } from './fhir-schema.js';
import { labObservation } from './helpers.js';

const evaluatedAt = '2026-03-12T12:00:00Z';

describe('guidanceResponseFor', () => {
  it('answers data-required, listing the missing facts, when information is insufficient', () => {
    const mapping = factsFromFhir([labObservation({ id: 'alt', loinc: '1742-6', value: 40, high: 33 })], { evaluatedAt });
    const result = evaluateSync('naltrexone-candidacy', mapping.facts);
    expect(result.outcome).toBe('insufficient-information');
    const response = guidanceResponseFor(result, { subject: { reference: 'Patient/p1' }, mapping });
    expect(response.status).toBe('data-required');
    expect(response.moduleUri).toContain(`/rule-sets/naltrexone-candidacy/${result.ruleSetVersion}`);
    expect(response.dataRequirement?.map((d) => d.id)).toEqual(expect.arrayContaining(['lastOpioidUseAt', 'astXuln']));
    expect(response.dataRequirement?.map((d) => d.id)).not.toContain('altXuln');
    const screen = response.dataRequirement?.find((d) => d.id === 'urineOpioidScreen' && d.type === 'Observation');
    expect(screen?.codeFilter?.[0]?.code?.map((c) => c.code)).toEqual(expect.arrayContaining(['19295-5', '59673-4']));
    const conditions = response.dataRequirement?.find((d) => d.id === 'liverFailure' && d.type === 'Condition');
    expect(conditions?.codeFilter?.[0]?.code?.map((c) => c.code)).toEqual(expect.arrayContaining(['59927004', 'K72']));
    expect(fhirSchemaErrors(response)).toEqual([]);
  });

  it('answers success with a contained DetectedIssue for a contraindication', () => {
    const result = evaluateSync('naltrexone-candidacy', { evaluatedAt, currentOpioidAgonistTreatment: 'methadone' });
    expect(result.outcome).toBe('contraindicated');
    const response = guidanceResponseFor(result, { subject: { reference: 'Patient/p1' } });
    expect(response.status).toBe('success');
    expect(response.note?.at(-1)?.text).toBe(DISCLAIMERS.en);
    const issue = response.contained?.find((r) => r.resourceType === 'DetectedIssue');
    expect(issue).toMatchObject({ severity: 'high', patient: { reference: 'Patient/p1' } });
    expect(fhirSchemaErrors(response)).toEqual([]);
    expect(fhirSchemaErrors(issue)).toEqual([]);
  });
});

describe('guidanceResponseFor, emergencies and outputs', () => {
  it('marks a call-911-now emergency with a high-severity DetectedIssue', () => {
    const result = evaluateSync('urgent-help', { evaluatedAt, breathingStatus: 'absent' });
    expect(result.outcome).toBe('emergency-call-now');
    const response = guidanceResponseFor(result, { requestIdentifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:6c3c8c55-0c5a-4a9e-9a3f-6f1d7a1b2c3d' } });
    expect(response.status).toBe('success');
    expect(response.requestIdentifier?.value).toContain('urn:uuid:');
    expect(response.contained?.find((r) => r.resourceType === 'DetectedIssue')).toMatchObject({ severity: 'high', evidence: [{ code: [{ text: 'C-E1' }] }] });
    expect(fhirSchemaErrors(response)).toEqual([]);
  });

  it('puts waiting dates in the output Parameters', () => {
    const result = evaluateSync('waiting-period', { evaluatedAt, lastOpioidUseAt: '2026-03-10T08:00:00Z', lastOpioidType: 'short-acting', fentanylExposure: 'no', userTimeZone: 'UTC' });
    expect(result.outcome).toBe('computed');
    const params = guidanceResponseFor(result).contained?.find((r) => r.resourceType === 'Parameters');
    expect(JSON.stringify(params)).toContain(`"valueDateTime":"${result.earliestStartAt}"`);
    expect(fhirSchemaErrors(params)).toEqual([]);
  });
});

describe('the FHIR R4 schema check used by these tests', () => {
  it('rejects resources that break R4 (so a passing check means something)', () => {
    expect(fhirSchemaErrors({ resourceType: 'GuidanceResponse', status: 'done', moduleUri: 'x' })).not.toEqual([]);
    expect(fhirSchemaErrors({ resourceType: 'GuidanceResponse', status: 'success', note: [{ txt: 'typo' }] })).not.toEqual([]);
    expect(fhirSchemaErrors({ resourceType: 'NotAResource' })).not.toEqual([]);
  });
});

describe('guidanceResponseFor with a rule set that is not built in', () => {
  it('refuses to guess the status or severity without the rule set', () => {
    const result = evaluateSync('naltrexone-candidacy', { evaluatedAt });
    expect(() => guidanceResponseFor({ ...result, ruleSet: 'clinic-custom' })).toThrow(RangeError);
  });
});
