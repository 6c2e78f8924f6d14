import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CANONICAL, factsFromFhir } from '../../src/fhir/index.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const coded = (code: string) => ({ valueCoding: { system: CANONICAL.factValues, code } });

function response(items: QuestionnaireResponseItem[], extra: Partial<QuestionnaireResponse> = {}): QuestionnaireResponse {
  return { resourceType: 'QuestionnaireResponse', id: 'qr', questionnaire: CANONICAL.questionnaire, status: 'completed', authored: '2026-03-12T11:00:00Z', item: items, ...extra };
}

describe('QuestionnaireResponse answers', () => {
  it('maps coded, integer, decimal and dateTime answers to facts', () => {
    const facts = factsFromFhir(
      [response([
        { linkId: 'breathingStatus', answer: [coded('normal')] },
        { linkId: 'cravingIntensity', answer: [{ valueInteger: 3 }] },
        { linkId: 'altXuln', answer: [{ valueDecimal: 1.4 }] },
        { linkId: 'naloxoneGivenAt', answer: [{ valueDateTime: '2026-03-11T22:10:00-05:00' }] },
        { linkId: 'cowsItems', item: [{ linkId: 'cowsItems.goosefleshSkin', answer: [{ valueInteger: 3 }] }] },
      ])],
      { evaluatedAt },
    ).facts;
    expect(facts).toMatchObject({ breathingStatus: 'normal', cravingIntensity: 3, altXuln: 1.4, naloxoneGivenAt: '2026-03-11T22:10:00-05:00', cowsItems: { goosefleshSkin: 3 } });
  });

  it('treats the answer "unknown" as unknown, never as "no"', () => {
    const mapping = factsFromFhir([response([{ linkId: 'suspectedOverdose', answer: [coded('unknown')] }])], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('suspectedOverdose');
    expect(mapping.problems).toEqual([]);
  });

  it('lets a newer "unknown" answer stop an older answer from standing, and ignores unfinished responses', () => {
    const older = response([{ linkId: 'suspectedOverdose', answer: [coded('no')] }], { id: 'qr-old', authored: '2026-03-11T20:00:00Z' });
    const newer = response([{ linkId: 'suspectedOverdose', answer: [coded('unknown')] }], { id: 'qr-new' });
    const mapping = factsFromFhir([older, newer], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('suspectedOverdose');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'suspectedOverdose' }]);
    const unfinished = response([{ linkId: 'suspectedOverdose', answer: [coded('no')] }], { status: 'in-progress' });
    expect(factsFromFhir([unfinished], { evaluatedAt }).facts).not.toHaveProperty('suspectedOverdose');
  });

  it('does not use answers older than maxSelfReportAgeHours (default 24)', () => {
    const old = response([{ linkId: 'breathingStatus', answer: [coded('normal')] }], { authored: '2026-03-10T11:00:00Z' });
    const mapping = factsFromFhir([old], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('breathingStatus');
    expect(mapping.problems).toMatchObject([{ kind: 'stale', fact: 'breathingStatus' }]);
  });

  it('does not use a response without an authored time, or authored after evaluatedAt', () => {
    const { authored: _drop, ...undated } = response([{ linkId: 'fever', answer: [coded('no')] }]);
    const future = response([{ linkId: 'fever', answer: [coded('no')] }], { authored: '2026-03-12T13:00:00Z' });
    for (const qr of [undated, future]) {
      const mapping = factsFromFhir([qr], { evaluatedAt });
      expect(mapping.facts).not.toHaveProperty('fever');
      expect(mapping.problems).toMatchObject([{ kind: 'invalid', fact: 'fever' }]);
    }
  });

  it('rejects wrong answer types, several answers, and values outside the vocabulary', () => {
    const mapping = factsFromFhir(
      [response([
        { linkId: 'cravingIntensity', answer: [{ valueString: '7' }] },
        { linkId: 'fever', answer: [coded('yes'), coded('no')] },
        { linkId: 'ageYears', answer: [{ valueInteger: 130 }] },
        { linkId: 'pupils', answer: [coded('huge')] },
      ])],
      { evaluatedAt },
    );
    expect(Object.keys(mapping.facts)).toEqual(['evaluatedAt']);
    expect(mapping.problems.map((p) => [p.kind, p.fact])).toEqual([
      ['invalid', 'cravingIntensity'],
      ['invalid', 'fever'],
      ['invalid', 'ageYears'],
      ['invalid', 'pupils'],
    ]);
  });

  it('lists answers to other questionnaires, and unknown linkIds, as unmapped', () => {
    const other = response([{ linkId: 'fever', answer: [coded('yes')] }], { questionnaire: 'http://example.org/Questionnaire/phq-9' });
    const stray = response([{ linkId: 'favouriteColour', text: 'Favourite colour', answer: [{ valueString: 'blue' }] }]);
    const mapping = factsFromFhir([other, stray], { evaluatedAt });
    expect(Object.keys(mapping.facts)).toEqual(['evaluatedAt']);
    expect(mapping.unmapped).toEqual([
      { resourceType: 'QuestionnaireResponse', id: 'qr', system: 'http://example.org/Questionnaire/phq-9', code: 'fever' },
      { resourceType: 'QuestionnaireResponse', id: 'qr', system: CANONICAL.questionnaire, code: 'favouriteColour', display: 'Favourite colour' },
    ]);
  });

  it('makes a self-report that contradicts the chart a conflict', () => {
    const chart = { resourceType: 'Condition' as const, id: 'preg', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '77386006' }] } };
    const mapping = factsFromFhir([chart, response([{ linkId: 'pregnancyStatus', answer: [coded('not-pregnant')] }])], { evaluatedAt });
    expect(mapping.facts).not.toHaveProperty('pregnancyStatus');
    expect(mapping.problems).toMatchObject([{ kind: 'conflict', fact: 'pregnancyStatus', sources: [{ reference: 'Condition/preg' }, { reference: 'QuestionnaireResponse/qr' }] }]);
  });
});
