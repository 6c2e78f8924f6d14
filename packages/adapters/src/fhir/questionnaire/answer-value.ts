/**
 * Reads one answer as the value of a fact, according to the item's type in the Questionnaire. Only the answer
 * type the item declares is accepted; nothing is converted (a string "7" is not a number).
 */
import type { QuestionnaireItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import { CANONICAL } from '../canonical.js';

/** The value, `undefined` for an explicit "unknown", or an error describing a wrong answer type. */
export type AnswerReading = { readonly value: unknown } | { readonly unknown: true } | { readonly error: string };

/** Reads `answer` for `item`. */
export function readAnswer(item: QuestionnaireItem, answer: QuestionnaireResponseItemAnswer): AnswerReading {
  switch (item.type) {
    case 'choice': {
      if (answer.valueInteger !== undefined) return { value: answer.valueInteger };
      const coding = answer.valueCoding;
      if (coding?.code === undefined) return { error: 'expects a valueCoding' };
      if (coding.system !== undefined && coding.system !== CANONICAL.factValues) return { error: `expects codes from ${CANONICAL.factValues}` };
      return coding.code === 'unknown' ? { unknown: true } : { value: coding.code };
    }
    case 'integer':
      return answer.valueInteger !== undefined ? { value: answer.valueInteger } : { error: 'expects a valueInteger' };
    case 'decimal': {
      const value = answer.valueDecimal ?? answer.valueInteger;
      return value !== undefined ? { value } : { error: 'expects a valueDecimal' };
    }
    case 'dateTime': {
      const value = answer.valueDateTime ?? answer.valueDate;
      return value !== undefined ? { value } : { error: 'expects a valueDateTime' };
    }
    default:
      return { error: `has type ${item.type}, which carries no fact value` };
  }
}
