/**
 * Self-reported facts from QuestionnaireResponses to the recovery-facts Questionnaire: each answered item whose
 * linkId is a fact. A response must say when it was authored; one older than the self-report limit (or
 * dated in the future) is not used, because "breathing normally" an hour ago is not "breathing normally" now.
 */
import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { CANONICAL } from '../canonical.js';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { instantOf } from '../mapping/fhir-time.js';
import type { FhirProblem } from '../mapping/mapping-types.js';
import { sourceOf } from '../mapping/source-of.js';
import { ANSWERED_UNKNOWN } from '../mapping/fact-candidate.js';
import { readAnswer } from './answer-value.js';
import { recoveryFactsQuestionnaire } from './recovery-facts-questionnaire.js';

// A response still in progress may be abandoned half-way: only finished ones speak for the patient.
const USABLE_STATUSES: ReadonlySet<string> = new Set(['completed', 'amended']);

function indexItems(items: readonly QuestionnaireItem[], into: Map<string, QuestionnaireItem>): Map<string, QuestionnaireItem> {
  for (const item of items) {
    into.set(item.linkId, item);
    indexItems(item.item ?? [], into);
  }
  return into;
}

const ITEMS = indexItems(recoveryFactsQuestionnaire().item ?? [], new Map());

function answeredItems(items: readonly QuestionnaireResponseItem[]): QuestionnaireResponseItem[] {
  return items.flatMap((item) => [...((item.answer ?? []).length > 0 ? [item] : []), ...answeredItems(item.item ?? [])]);
}

/** Why a whole response cannot be used, or undefined. */
function responseProblem(response: QuestionnaireResponse, evaluatedAtMs: number, maxAgeHours: number): Omit<FhirProblem, 'fact' | 'sources'> | undefined {
  const ref = `QuestionnaireResponse/${response.id ?? ''}`;
  if (!USABLE_STATUSES.has(response.status)) return { kind: 'invalid', message: `${ref} has status "${response.status}"; its answers were not used.` };
  const authored = instantOf(response.authored);
  if (authored === undefined) return { kind: 'invalid', message: `${ref} has no complete authored date-time, so the age of its answers is unknown; not used.` };
  if (authored > evaluatedAtMs) return { kind: 'invalid', message: `${ref} was authored after the evaluation time; not used.` };
  const hours = (evaluatedAtMs - authored) / 3_600_000;
  if (hours > maxAgeHours) return { kind: 'stale', message: `${ref} was authored ${Math.floor(hours)} hours before the evaluation, over the ${maxAgeHours}-hour limit; not used.` };
  return undefined;
}

/** Maps every QuestionnaireResponse; items of other questionnaires, and unknown linkIds, are listed as unmapped. */
export function mapQuestionnaireResponses(responses: readonly QuestionnaireResponse[], evaluatedAtMs: number, maxAgeHours: number): MappingPart {
  const part = emptyPart();
  for (const response of responses) {
    const answered = answeredItems(response.item ?? []);
    const ours = response.questionnaire?.split('|')[0] === CANONICAL.questionnaire;
    const unmapped = (item: QuestionnaireResponseItem): void =>
      void part.unmapped.push({ resourceType: 'QuestionnaireResponse', id: response.id ?? '', system: response.questionnaire ?? '', code: item.linkId, ...(item.text !== undefined && { display: item.text }) });
    if (!ours) {
      answered.forEach(unmapped);
      continue;
    }
    const problem = responseProblem(response, evaluatedAtMs, maxAgeHours);
    for (const item of answered) {
      const definition = ITEMS.get(item.linkId);
      if (!definition || definition.type === 'group') {
        unmapped(item);
        continue;
      }
      const source = sourceOf(response, `item[linkId=${item.linkId}].answer`);
      if (problem) {
        part.problems.push({ ...problem, fact: item.linkId, sources: [source] });
        continue;
      }
      const [only, ...more] = item.answer ?? [];
      const reading = only && more.length === 0 ? readAnswer(definition, only) : { error: `has ${more.length + 1} answers where one is expected` };
      if ('error' in reading) part.problems.push({ kind: 'invalid', fact: item.linkId, message: `${source.reference} item ${item.linkId} ${reading.error}; not used.`, sources: [source] });
      else part.candidates.push({ fact: item.linkId, value: 'value' in reading ? reading.value : ANSWERED_UNKNOWN, source });
    }
  }
  return part;
}
