import { readFileSync } from 'node:fs';
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { INPUT_FACTS, type FactKind } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { recoveryFactsQuestionnaire } from '../../src/fhir/index.js';
import { FACTS_WITHOUT_ITEMS } from '../../src/fhir/questionnaire/fact-items.js';
import { QUESTION_TEXTS } from '../../src/fhir/questionnaire/question-texts.js';
import { fhirSchemaErrors } from './fhir-schema.js';

const shipped = JSON.parse(readFileSync(new URL('../../fhir/questionnaire-recovery-facts.json', import.meta.url), 'utf8')) as unknown;
const questionnaire = recoveryFactsQuestionnaire();

function allItems(items: readonly QuestionnaireItem[] = []): QuestionnaireItem[] {
  return items.flatMap((item) => [item, ...allItems(item.item)]);
}

/** Every fact name (dotted for object members) a Questionnaire item should exist for. */
function factNames(): string[] {
  return Object.entries(INPUT_FACTS as Readonly<Record<string, FactKind>>).flatMap(([fact, kind]) => {
    if (FACTS_WITHOUT_ITEMS.has(fact)) return [];
    return kind.kind === 'object' ? [fact, ...Object.keys(kind.members).map((m) => `${fact}.${m}`)] : [fact];
  });
}

describe('the recovery-facts Questionnaire', () => {
  it('is shipped as JSON identical to the generated resource (regenerate it when the vocabulary changes)', () => {
    expect(shipped).toEqual(questionnaire);
  });

  it('is a valid FHIR R4 Questionnaire', () => {
    expect(fhirSchemaErrors(shipped)).toEqual([]);
  });

  it('has exactly one item per fact: every linkId is a real fact and every answerable fact has an item', () => {
    const linkIds = allItems(questionnaire.item).map((i) => i.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    expect([...linkIds].sort()).toEqual(factNames().sort());
  });

  it('words every item in its own text, not a label derived from the fact name', () => {
    const items = allItems(questionnaire.item);
    expect(items.filter((i) => QUESTION_TEXTS[i.linkId] === undefined).map((i) => i.linkId)).toEqual([]);
    expect(Object.keys(QUESTION_TEXTS).filter((linkId) => !items.some((i) => i.linkId === linkId))).toEqual([]);
  });

  it('offers every allowed value plus "unknown" for enumerations', () => {
    const pregnancy = allItems(questionnaire.item).find((i) => i.linkId === 'pregnancyStatus');
    expect(pregnancy?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(['pregnant', 'postpartum-within-12-months', 'not-pregnant', 'not-applicable', 'unknown']);
    const isolating = allItems(questionnaire.item).find((i) => i.linkId === 'relapseSigns.isolating');
    expect(isolating?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(['yes', 'no', 'unknown']);
  });

  it('offers only the COWS scores each item allows', () => {
    const gooseflesh = allItems(questionnaire.item).find((i) => i.linkId === 'cowsItems.goosefleshSkin');
    expect(gooseflesh?.answerOption?.map((o) => o.valueInteger)).toEqual([0, 3, 5]);
  });
});
