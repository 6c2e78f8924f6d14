/**
 * The `--pretty` rendering of an evaluation result: plain text that reads well in any terminal, with the
 * outcome first and the evidence after it.
 */
import { listRuleSets, type EvaluationResult } from '@recovery-rules/core';
import { ruleSection } from './rule-section.js';
import { askNextLines, cowsLines, dateLines, flagLines, messageLines } from './summary-sections.js';

/** Shown under every explanation (SPEC §6 asks for it wherever people read results). */
export const DISCLAIMER =
  'General information from published guidance, not a diagnosis or a prescription. Only a clinician can decide ' +
  'whether and when to start naltrexone. If someone may be overdosing or is in danger, call emergency services now.';

function heading(result: EvaluationResult): string[] {
  const title = listRuleSets().find((r) => r.id === result.ruleSet)?.title ?? result.ruleSet;
  const banner = `  OUTCOME: ${result.outcome}  `;
  const rule = '='.repeat(banner.length);
  return [
    `${title} (${result.ruleSet} ${result.ruleSetVersion})`,
    `Evaluated at ${result.evaluatedAt}; fentanyl policy: ${result.policy.fentanylPolicy}`,
    '',
    rule,
    banner,
    rule,
    '',
  ];
}

/** Renders a result as readable text, ending with a newline. */
export function formatPrettyResult(result: EvaluationResult): string {
  const fired = result.rules.filter((r) => r.status === 'fired');
  const undecided = result.rules.filter((r) => r.status === 'unknown');
  return [
    ...heading(result),
    ...messageLines(result),
    ...dateLines(result),
    ...cowsLines(result),
    ...flagLines(result),
    ...ruleSection('Fired rules', fired),
    ...ruleSection('Undecided rules (they depend on unknown facts)', undecided),
    ...askNextLines(result),
    DISCLAIMER,
    '',
  ].join('\n');
}
