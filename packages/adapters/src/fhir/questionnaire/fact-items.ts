/**
 * The Questionnaire items for the facts vocabulary, generated from core's INPUT_FACTS so that the two cannot
 * drift: every linkId is a fact name (`group.member` for members of object facts), and every enumeration
 * offers "unknown" because SPEC §1 lets every fact be unknown.
 */
import type { QuestionnaireItem, QuestionnaireItemAnswerOption } from '@medplum/fhirtypes';
import { COWS_ITEM_SCORES, INPUT_FACTS, type FactKind } from '@recovery-rules/core';
import { CANONICAL } from '../canonical.js';
import { QUESTION_TEXTS } from './question-texts.js';

/** Facts with no Questionnaire item: context the caller passes directly, and the exposure list. */
export const FACTS_WITHOUT_ITEMS: ReadonlySet<string> = new Set(['evaluatedAt', 'userTimeZone', 'opioidExposures']);

/** Opaque facts that are answered with a dateTime. */
const DATE_TIME_FACTS: ReadonlySet<string> = new Set(['lastOpioidUseAt', 'lastXrNtxInjectionAt', 'naloxoneGivenAt', 'lastOverdoseAt']);

const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** "cravingIntensity" → "Craving intensity". Apps show their own wording; this is the fallback text. */
export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function codedOption(code: string): QuestionnaireItemAnswerOption {
  return { valueCoding: { system: CANONICAL.factValues, code, display: humanize(code.replace(/-/g, ' ')) } };
}

function itemFor(linkId: string, kind: FactKind, cowsScores?: readonly number[]): QuestionnaireItem | undefined {
  const base = { linkId, text: QUESTION_TEXTS[linkId] ?? humanize(linkId.split('.').at(-1) ?? linkId) };
  switch (kind.kind) {
    case 'enum':
      return { ...base, type: 'choice', answerOption: [...kind.values, 'unknown'].map(codedOption) };
    case 'number':
      if (cowsScores) return { ...base, type: 'choice', answerOption: cowsScores.map((score) => ({ valueInteger: score })) };
      return kind.integer
        ? { ...base, type: 'integer', extension: [{ url: MIN_VALUE, valueInteger: kind.min }, { url: MAX_VALUE, valueInteger: kind.max }] }
        : { ...base, type: 'decimal', extension: [{ url: MIN_VALUE, valueDecimal: kind.min }, { url: MAX_VALUE, valueDecimal: kind.max }] };
    case 'object':
      return {
        ...base,
        type: 'group',
        item: Object.entries(kind.members).flatMap(([member, memberKind]) => {
          const scores = linkId === 'cowsItems' ? (COWS_ITEM_SCORES as Record<string, readonly number[]>)[member] : undefined;
          const child = itemFor(`${linkId}.${member}`, memberKind, scores);
          return child ? [child] : [];
        }),
      };
    case 'opaque':
      return DATE_TIME_FACTS.has(linkId) ? { ...base, type: 'dateTime' } : undefined;
  }
}

/** One item per fact (a group for object facts), in vocabulary order. */
export function factItems(): QuestionnaireItem[] {
  return Object.entries(INPUT_FACTS as Readonly<Record<string, FactKind>>).flatMap(([fact, kind]) => {
    if (FACTS_WITHOUT_ITEMS.has(fact)) return [];
    const item = itemFor(fact, kind);
    return item ? [item] : [];
  });
}
