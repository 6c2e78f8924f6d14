/**
 * The card shown when the EHR sent no usable prefetch data: it names the prefetch queries and the facts the
 * service needs, and carries urgent help's own safety-net message and emergency steps, because with no data an
 * emergency cannot be ruled out. The service does not fetch anything to fill the gap.
 */
import type { AssessmentReport } from '@recovery-rules/core';
import { resultSeverity } from '../result-severity.js';
import type { Card } from './card.js';
import { emergencyStepLines, escapeMarkdown } from './card-detail.js';
import { RULE_TOPIC_SYSTEM, sharedCardFields, type ResolvedCardOptions } from './card-options.js';
import { cardSummary } from './card-summary.js';
import { PREFETCH_TEMPLATES } from './services.js';

/** Prefetch keys that gave nothing usable. */
export interface MissingPrefetch {
  readonly missingKeys: readonly string[];
  readonly unusableKeys: readonly string[];
  /** Keys holding a partial answer (another page) or a failed query: not used. */
  readonly partialKeys: readonly string[];
}

/** The card line for each partial or failed prefetch key. */
export function partialKeyLines(missing: MissingPrefetch): string[] {
  return missing.partialKeys.map((key) => `- \`${key}\`: only part of the results (another page, or a failed query); not used`);
}

const SUMMARY = 'Not enough chart data to run the opioid recovery checks: the EHR sent no usable prefetch data.';

function prefetchLines(missing: MissingPrefetch): string[] {
  const lines = missing.missingKeys.map((key) => `- \`${key}\`: \`${PREFETCH_TEMPLATES[key] ?? key}\``);
  const unusable = missing.unusableKeys.map((key) => `- \`${key}\`: sent, but not a FHIR resource or Bundle`);
  return ['**Prefetch data the EHR should send** (this service does not query the FHIR server itself)', '', ...lines, ...unusable, ...partialKeyLines(missing)];
}

function factLines(report: AssessmentReport): string[] {
  if (report.askNext.length === 0) return [];
  const bySeverity = (['critical', 'warning', 'info'] as const)
    .map((severity) => [severity, report.askNext.filter((q) => q.severity === severity).map((q) => `\`${q.fact}\``)] as const)
    .filter(([, facts]) => facts.length > 0)
    .map(([severity, facts]) => `- could change a **${severity}** result: ${facts.join(', ')}`);
  return ['**Facts still unknown**, most serious first', '', ...bySeverity];
}

/** The card naming the data the service needs, with urgent help's safety net from `report`. */
export function missingDataCard(report: AssessmentReport, missing: MissingPrefetch, options: ResolvedCardOptions): Card {
  const urgent = report.messages.filter((m) => m.ruleSet === 'urgent-help');
  const safetyNet = urgent.map((m) => `- **${escapeMarkdown(m.summary)}**${m.detail ? ` ${escapeMarkdown(m.detail)}` : ''}`);
  const detail = [prefetchLines(missing), factLines(report), safetyNet, emergencyStepLines(report), [`_${escapeMarkdown(report.disclaimer)}_`]]
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
  const severity = resultSeverity(report.results['urgent-help']);
  const ruleId = urgent[0]?.ruleId ?? report.results['urgent-help'].outcome;
  return {
    uuid: options.newUuid(),
    summary: cardSummary(SUMMARY),
    detail,
    indicator: severity === 'info' ? 'warning' : severity,
    source: {
      label: `${options.sourceLabel}: all rule sets`,
      ...(options.sourceUrl !== undefined && { url: options.sourceUrl }),
      topic: { system: RULE_TOPIC_SYSTEM, code: ruleId, display: 'When to seek help: not enough information' },
    },
    ...sharedCardFields(options),
  };
}
