/**
 * The markdown `detail` of a result card: core's messages, the emergency steps when urgent help calls for them,
 * the data still needed, the computed dates, the sources of the fired rules, the rule-set version, and core's
 * disclaimer. Every sentence comes from core; this file only arranges them.
 */
import type { AssessmentMessage, AssessmentReport, EvaluationResult } from '@recovery-rules/core';

/** Escapes the characters markdown would read as formatting in plain-text messages. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function messageLines(messages: readonly AssessmentMessage[]): string[] {
  return messages.map((m) => `- **${escapeMarkdown(m.summary)}**${m.detail ? ` ${escapeMarkdown(m.detail)}` : ''}`);
}

/** The emergency steps as a numbered markdown list. */
export function emergencyStepLines(report: AssessmentReport): string[] {
  if (!report.emergency) return [];
  return ['**What to do now**', '', ...report.emergency.steps.map((step) => `${step.order}. ${escapeMarkdown(step.text)}`)];
}

function dateLines(result: EvaluationResult): string[] {
  const dates = [
    result.earliestStartDate !== undefined ? `earliest start date ${result.earliestStartDate}` : undefined,
    result.recommendedStartDate !== undefined ? `recommended start date ${result.recommendedStartDate}` : undefined,
  ].filter((d): d is string => d !== undefined);
  return dates.length === 0 ? [] : [`**Dates:** ${dates.join('; ')}${result.displayTimeZone ? ` (${result.displayTimeZone})` : ''}`];
}

function sourceKeys(result: EvaluationResult): string[] {
  const keys = result.rules.filter((rule) => rule.status === 'fired').flatMap((rule) => rule.sources);
  return [...new Set(keys)];
}

/** Markdown detail for one rule set's result within an assessment. */
export function resultDetail(report: AssessmentReport, result: EvaluationResult, options: { withEmergencySteps: boolean }): string {
  const messages = report.messages.filter((m) => m.ruleSet === result.ruleSet);
  const sources = sourceKeys(result);
  const sections: string[][] = [
    messageLines(messages),
    options.withEmergencySteps ? emergencyStepLines(report) : [],
    dateLines(result),
    result.missingFacts.length > 0 ? [`**Data still needed:** ${result.missingFacts.map((f) => `\`${f}\``).join(', ')}`] : [],
    [
      `**Outcome:** \`${result.outcome}\` · rules fired: ${result.firedRules.map((id) => `\`${id}\``).join(', ') || 'none'}` +
        ` · rule set \`${result.ruleSet}\` ${result.ruleSetVersion}`,
    ],
    sources.length > 0 ? [`**Sources:** ${sources.map(escapeMarkdown).join('; ')}`] : [],
    [`_${escapeMarkdown(report.disclaimer)}_`],
  ];
  return sections.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n');
}
