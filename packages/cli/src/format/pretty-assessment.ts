/**
 * The `--pretty` rendering of an assessment: the emergency screen first when there is one, then every
 * message most urgent first, each rule set's outcome, the questions worth asking next, and the disclaimer.
 */
import type { AssessmentReport } from '@recovery-rules/core';

function emergencyLines(report: AssessmentReport): string[] {
  const emergency = report.emergency;
  if (!emergency) return [];
  const banner = `  CALL ${emergency.contacts.emergencyNumber} NOW IF IN ANY DOUBT  `;
  return ['!'.repeat(banner.length), banner, '!'.repeat(banner.length), ...emergency.steps.map((s) => `  ${s.order}. ${s.text}`), ''];
}

/** Renders an assessment report as readable text, ending with a newline. */
export function formatPrettyAssessment(report: AssessmentReport): string {
  const outcomes = Object.values(report.results).map((r) => `  ${r.ruleSet.padEnd(22)} ${r.outcome}`);
  const messages = report.messages.map((m) => `  * [${m.severity}] ${m.summary}  (${m.ruleSet}${m.ruleId ? ` ${m.ruleId}` : ''})`);
  const questions = report.askNext.slice(0, 10).map((q) => `  - ${q.fact}  (${q.severity}; ${q.ruleSets.join(', ')})`);
  return [
    `Assessment${report.evaluatedAt ? ` at ${report.evaluatedAt}` : ''}: overall urgency ${report.urgency}`,
    '',
    ...emergencyLines(report),
    'Messages, most urgent first',
    ...messages,
    '',
    'Outcomes',
    ...outcomes,
    '',
    ...(questions.length > 0 ? [`Ask next (${report.askNext.length} in all)`, ...questions, ''] : []),
    report.disclaimer,
    '',
  ].join('\n');
}
