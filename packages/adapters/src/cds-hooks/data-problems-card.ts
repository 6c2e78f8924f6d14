/**
 * A card listing what the FHIR mapping found wrong with the chart data (stale labs, conflicting values,
 * invalid values), so a clinician can fix the record. The affected facts were left unknown by the mapping.
 */
import type { Card } from './card.js';
import { escapeMarkdown } from './card-detail.js';
import { sharedCardFields, type ResolvedCardOptions } from './card-options.js';
import type { FhirFactProblem } from './fhir-facts.js';

const SUMMARY = 'Some chart data could not be used for the opioid recovery checks; review the listed entries.';

/** The card, or undefined when there were no problems. */
export function dataProblemsCard(problems: readonly FhirFactProblem[], options: ResolvedCardOptions): Card | undefined {
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => `- ${p.kind}${p.fact ? ` (\`${p.fact}\`)` : ''}: ${escapeMarkdown(p.message)}`);
  return {
    uuid: options.newUuid(),
    summary: SUMMARY,
    detail: ['**Data problems found in the FHIR record**', '', ...lines].join('\n'),
    indicator: 'warning',
    source: { label: `${options.sourceLabel}: FHIR data`, ...(options.sourceUrl !== undefined && { url: options.sourceUrl }) },
    ...sharedCardFields(options),
  };
}
