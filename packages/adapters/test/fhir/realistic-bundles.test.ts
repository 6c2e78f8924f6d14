/**
 * End-to-end: realistic FHIR Bundles (fixtures) mapped to facts, then evaluated by core; the outcomes are the
 * ones SPEC §2 gives for those facts, and every produced FHIR resource is valid R4.
 */
import { assessSync, evaluateSync } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { factsFromFhir, guidanceBundleFor, guidanceResponseFor } from '../../src/fhir/index.js';
import { fhirSchemaErrors } from './fhir-schema.js';
import { combine, fixture, isAlt } from './helpers.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const ready = fixture('naltrexone-ready.json');
const candidacyFor = (facts: Record<string, unknown>) => evaluateSync('naltrexone-candidacy', facts);

describe('a candidate ready for naltrexone', () => {
  const mapping = factsFromFhir(ready, { evaluatedAt });

  it('maps labs, screens, pregnancy test, age and self-report with provenance and no problems', () => {
    expect(mapping.problems).toEqual([]);
    expect(mapping.unmapped).toEqual([]);
    expect(mapping.facts).toMatchObject({ ageYears: 34, astXuln: 0.6, bilirubinXuln: 0.5, urineOpioidScreen: 'negative', pregnancyStatus: 'not-pregnant' });
    expect(mapping.facts['altXuln']).toBeCloseTo(28 / 41, 12);
    expect(mapping.provenance['altXuln']?.map((s) => s.reference)).toEqual(['Observation/alt-0310']);
    expect(mapping.provenance['urineOpioidScreen']).toHaveLength(5);
    expect(mapping.provenance['lastOpioidUseAt']?.[0]?.reference).toBe('QuestionnaireResponse/intake-0312');
  });

  it('is eligible (A-E1), and the GuidanceResponse says success', () => {
    const result = candidacyFor(mapping.facts);
    expect(result.outcome).toBe('eligible');
    const response = guidanceResponseFor(result, { subject: { reference: 'Patient/p1' }, mapping });
    expect(response.status).toBe('success');
    expect(response.contained?.map((r) => r.resourceType)).toEqual(['Parameters', 'OperationOutcome']);
    expect(fhirSchemaErrors(response)).toEqual([]);
  });

  it('gives a valid Bundle of six GuidanceResponses for the whole assessment, each with the disclaimer', () => {
    const report = assessSync(mapping.facts, { locale: 'es' });
    const bundle = guidanceBundleFor(report, { subject: { reference: 'Patient/p1' }, mapping });
    for (const entry of bundle.entry ?? []) expect(entry.resource?.note?.at(-1)?.text).toBe(report.disclaimer);
    expect(report.disclaimer).toMatch(/emergencia/);
    expect(bundle.entry?.map((e) => e.resource?.id)).toHaveLength(6);
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    for (const entry of bundle.entry ?? []) expect(fhirSchemaErrors(entry.resource)).toEqual([]);
  });
});

describe('liver tests', () => {
  it('ALT over 3x ULN needs clinical evaluation (A-N2)', () => {
    const facts = factsFromFhir(combine(ready, isAlt, fixture('liver-alt-3x.json')), { evaluatedAt }).facts;
    expect(facts['altXuln']).toBeCloseTo(140 / 41, 12);
    const result = candidacyFor(facts);
    expect(result.outcome).toBe('needs-clinical-evaluation');
    expect(result.firedRules).toContain('A-N2');
    expect(result.flags).not.toContain('liver-tests-markedly-elevated');
  });

  it('ALT over 5x ULN also raises the markedly-elevated flag', () => {
    const result = candidacyFor(factsFromFhir(combine(ready, isAlt, fixture('liver-alt-6x.json')), { evaluatedAt }).facts);
    expect(result.outcome).toBe('needs-clinical-evaluation');
    expect(result.flags).toContain('liver-tests-markedly-elevated');
  });

  it('a stale ALT is reported, left unknown, and the answer becomes insufficient-information (data-required)', () => {
    const mapping = factsFromFhir(combine(ready, isAlt, fixture('liver-alt-stale.json')), { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'stale', fact: 'altXuln', sources: [{ reference: 'Observation/alt-old' }] }]);
    const result = candidacyFor(mapping.facts);
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts).toContain('altXuln');
    const response = guidanceResponseFor(result, { mapping });
    expect(response.status).toBe('data-required');
    expect(response.dataRequirement).toContainEqual(expect.objectContaining({ id: 'altXuln', type: 'Observation' }));
    const outcome = response.contained?.find((r) => r.resourceType === 'OperationOutcome');
    expect(JSON.stringify(outcome)).toContain('Observation/alt-old');
    expect(fhirSchemaErrors(response)).toEqual([]);
  });

  it('two current ALTs that disagree are a conflict: unknown, never the normal one', () => {
    const mapping = factsFromFhir(combine(ready, isAlt, fixture('liver-alt-conflicting.json')), { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'altXuln' }]);
    expect(candidacyFor(mapping.facts).outcome).toBe('insufficient-information');
  });

  it('an ALT without a reference range is reported, not read against an assumed range', () => {
    const mapping = factsFromFhir(combine(ready, isAlt, fixture('liver-alt-no-range.json')), { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('altXuln');
    expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'altXuln' }]);
  });
});

describe('medications', () => {
  it('a patient on methadone is contraindicated (A-C2), with a DetectedIssue implicating the MedicationStatement', () => {
    const mapping = factsFromFhir(fixture('methadone-patient.json'), { evaluatedAt });
    expect(mapping.facts['currentOpioidAgonistTreatment']).toBe('methadone');
    expect(mapping.provenance['currentOpioidAgonistTreatment']?.[0]).toMatchObject({ reference: 'MedicationStatement/mtd-otp' });
    const result = candidacyFor(mapping.facts);
    expect(result.outcome).toBe('contraindicated');
    expect(result.firedRules).toContain('A-C2');
    const response = guidanceResponseFor(result, { subject: { reference: 'Patient/p1' }, mapping });
    const issue = response.contained?.find((r) => r.resourceType === 'DetectedIssue');
    expect(issue).toMatchObject({ severity: 'high', implicated: [{ reference: 'MedicationStatement/mtd-otp' }] });
    expect(fhirSchemaErrors(response)).toEqual([]);
    expect(fhirSchemaErrors(issue)).toEqual([]);
  });

  it('depot buprenorphine (Sublocade) is an agonist treatment and a depot exposure: no waiting date is computed', () => {
    const mapping = factsFromFhir(fixture('depot-buprenorphine.json'), { evaluatedAt });
    expect(mapping.facts).toMatchObject({ currentOpioidAgonistTreatment: 'buprenorphine', opioidExposures: [{ type: 'depot-buprenorphine' }] });
    const report = assessSync(mapping.facts);
    expect(report.results['naltrexone-candidacy'].outcome).toBe('contraindicated');
    expect(report.results['naltrexone-candidacy'].firedRules).toEqual(expect.arrayContaining(['A-C2', 'A-N7']));
    expect(report.results['waiting-period'].outcome).toBe('not-computable');
    expect(report.results['waiting-period'].firedRules).toContain('B-N1');
    expect(guidanceResponseFor(report.results['waiting-period']).status).toBe('data-required');
    const response = guidanceResponseFor(report.results['naltrexone-candidacy'], { subject: { reference: 'Patient/p1' }, mapping });
    const issue = response.contained?.find((r) => r.resourceType === 'DetectedIssue');
    expect(issue).toMatchObject({ implicated: [{ reference: 'MedicationRequest/sublocade-monthly' }] });
    expect(fhirSchemaErrors(response)).toEqual([]);
  });
});

describe('unmapped data', () => {
  it('lists every code it does not map and sets no fact from it', () => {
    const mapping = factsFromFhir(fixture('unmapped-codes.json'), { evaluatedAt });
    expect(Object.keys(mapping.facts).sort()).toEqual(['ageYears', 'evaluatedAt']);
    expect(mapping.unmapped.map((u) => `${u.resourceType}/${u.id}:${u.code || u.display}`).sort()).toEqual([
      'Observation/a1c:4548-4',
      'Observation/local-tox:TOX-NPS',
      'Condition/htn:38341003',
      'Condition/htn:I10',
      'MedicationRequest/lisinopril:314076',
      'MedicationStatement/methylnaltrexone:methylnaltrexone bromide 150 MG Oral Tablet',
    ].sort());
    const response = guidanceResponseFor(candidacyFor(mapping.facts), { mapping });
    expect(JSON.stringify(response)).toContain('TOX-NPS');
    expect(fhirSchemaErrors(response)).toEqual([]);
  });
});

describe('pregnancy', () => {
  it('an active pregnancy Condition needs clinical evaluation (A-N3)', () => {
    const withoutTest = combine(ready, (r) => r.id === 'hcg-0311', fixture('pregnancy-condition.json'));
    const mapping = factsFromFhir(withoutTest, { evaluatedAt });
    expect(mapping.facts['pregnancyStatus']).toBe('pregnant');
    expect(mapping.provenance['pregnancyStatus']).toEqual([{ resourceType: 'Condition', id: 'pregnancy', reference: 'Condition/pregnancy', path: 'code.coding[0]' }]);
    const result = candidacyFor(mapping.facts);
    expect(result.outcome).toBe('needs-clinical-evaluation');
    expect(result.firedRules).toContain('A-N3');
  });

  it('a pregnancy Condition next to a negative test is a conflict, not "not pregnant"', () => {
    const mapping = factsFromFhir(combine(ready, () => false, fixture('pregnancy-condition.json')), { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('pregnancyStatus');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'pregnancyStatus' }]);
    expect(candidacyFor(mapping.facts).outcome).toBe('insufficient-information');
  });
});

describe('self-reported facts', () => {
  it('maps a QuestionnaireResponse with last use and relapse signs, and the rule sets use them', () => {
    const mapping = factsFromFhir(fixture('self-reported-last-use.json'), { evaluatedAt, timeZone: 'America/Chicago' });
    expect(mapping.facts).toMatchObject({
      lastOpioidUseAt: '2026-03-09T23:30:00-05:00',
      lastOpioidType: 'short-acting',
      cravingIntensity: 6,
      relapseSigns: { isolating: 'yes', skippingTreatment: 'no', highStress: 'yes' },
      userTimeZone: 'America/Chicago',
    });
    expect(mapping.facts).not.toHaveProperty('fentanylExposure');
    expect(mapping.provenance['relapseSigns.isolating']?.[0]?.path).toBe('item[linkId=relapseSigns.isolating].answer');
    const report = assessSync(mapping.facts);
    expect(report.results['waiting-period'].outcome).toBe('computed');
    expect(report.results['naltrexone-candidacy'].outcome).toBe('not-yet');
    expect(report.results['relapse-warnings'].outcome).toBe('early-warning');
  });
});
