/**
 * A card listing what was wrong with the chart data: what the FHIR mapping found (stale labs, conflicting or
 * invalid values) and the prefetch queries the EHR did not answer. The affected facts stayed unknown, so the
 * other cards already stay on the cautious side; this card tells someone what to fix.
 */
import type { Card } from './card.js';
import { escapeMarkdown } from './card-detail.js';
import { sharedCardFields, type ResolvedCardOptions } from './card-options.js';
import type { FhirFactProblem } from './fhir-facts.js';
import { partialKeyLines, type MissingPrefetch } from './missing-data-card.js';
import { PREFETCH_TEMPLATES } from './services.js';

const PROBLEMS_SUMMARY = 'Some chart data could not be used for the opioid recovery checks; review the listed entries.';
const MISSING_SUMMARY = 'Some prefetch queries were not answered, so the opioid recovery checks saw only part of the chart.';

function problemLines(problems: readonly FhirFactProblem[]): string[] {
  if (problems.length === 0) return [];
  return ['**Data problems found in the FHIR record**', '', ...problems.map((p) => `- ${p.kind}${p.fact ? ` (\`${p.fact}\`)` : ''}: ${escapeMarkdown(p.message)}`)];
}

function prefetchLines(missing: MissingPrefetch): string[] {
  const lines = [
    ...missing.missingKeys.map((key) => `- \`${key}\` (\`${PREFETCH_TEMPLATES[key] ?? key}\`): not sent`),
    ...missing.unusableKeys.map((key) => `- \`${key}\`: sent, but not a FHIR resource or Bundle`),
    ...partialKeyLines(missing),
  ];
  return lines.length === 0 ? [] : ['**Prefetch the EHR did not supply**', '', ...lines];
}

/**
 * The card, or undefined when nothing was wrong. It is a `warning` when the mapping found problems or a
 * query came back partial or failed, `info` when only prefetch keys were missing.
 */
export function dataProblemsCard(problems: readonly FhirFactProblem[], missing: MissingPrefetch, options: ResolvedCardOptions): Card | undefined {
  const sections = [problemLines(problems), prefetchLines(missing)].filter((lines) => lines.length > 0);
  if (sections.length === 0) return undefined;
  return {
    uuid: options.newUuid(),
    summary: problems.length > 0 ? PROBLEMS_SUMMARY : MISSING_SUMMARY,
    detail: sections.map((lines) => lines.join('\n')).join('\n\n'),
    indicator: problems.length > 0 || missing.partialKeys.length > 0 ? 'warning' : 'info',
    source: { label: `${options.sourceLabel}: FHIR data`, ...(options.sourceUrl !== undefined && { url: options.sourceUrl }) },
    ...sharedCardFields(options),
  };
}
