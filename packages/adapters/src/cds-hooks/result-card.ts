/**
 * One card for one rule set's result within an assessment: indicator from the outcome's declared severity,
 * summary from core's most restrictive message, `source.topic` naming the rule behind that message.
 */
import { builtInRuleSet, type AssessmentReport, type BuiltInRuleSetId } from '@recovery-rules/core';
import { resultSeverity } from '../result-severity.js';
import type { Card } from './card.js';
import { resultDetail } from './card-detail.js';
import { RULE_TOPIC_SYSTEM, sharedCardFields, type ResolvedCardOptions } from './card-options.js';
import { cardSummary } from './card-summary.js';

/** Urgent help with these outcomes carries the emergency steps on its card. */
const EMERGENCY_STEP_OUTCOMES: readonly string[] = ['emergency-call-now', 'insufficient-information'];

/** The card for `ruleSetId`'s result in `report`. */
export function resultCard(report: AssessmentReport, ruleSetId: BuiltInRuleSetId, options: ResolvedCardOptions): Card {
  const result = report.results[ruleSetId];
  const ruleSet = builtInRuleSet(ruleSetId);
  const lead = report.messages.find((m) => m.ruleSet === ruleSetId);
  const ruleId = lead?.ruleId ?? result.firedRules[0] ?? result.outcome;
  const rule = ruleSet.rules.find((r) => r.id === ruleId);
  const withEmergencySteps = ruleSetId === 'urgent-help' && EMERGENCY_STEP_OUTCOMES.includes(result.outcome);
  return {
    uuid: options.newUuid(),
    summary: cardSummary(lead?.summary ?? `${ruleSet.title}: ${result.outcome}`),
    detail: resultDetail(report, result, { withEmergencySteps }),
    indicator: resultSeverity(result),
    source: {
      label: `${options.sourceLabel}: ${ruleSet.title} ${ruleSet.version}`,
      ...(options.sourceUrl !== undefined && { url: options.sourceUrl }),
      topic: { system: RULE_TOPIC_SYSTEM, code: ruleId, display: rule?.title ?? `${ruleSet.title} rule ${ruleId}` },
    },
    ...sharedCardFields(options),
  };
}

/**
 * Cards for the given rule sets, most urgent first (the assessment's own order). Results whose severity is
 * `info` are left out unless `includeInfo`; an insufficient-information result is never `info`.
 */
export function resultCards(
  report: AssessmentReport,
  ruleSetIds: readonly BuiltInRuleSetId[],
  options: ResolvedCardOptions & { readonly includeInfo: boolean | readonly BuiltInRuleSetId[] },
): Card[] {
  const urgencyOrder = [...new Set(report.messages.map((m) => m.ruleSet))];
  const key = (id: BuiltInRuleSetId) => SEVERITY_RANK[resultSeverity(report.results[id])] * 100 + rank(urgencyOrder, id);
  const ordered = [...ruleSetIds].sort((a, b) => key(a) - key(b));
  return ordered
    .filter((id) => {
      if (resultSeverity(report.results[id]) !== 'info') return true;
      return options.includeInfo === true || (Array.isArray(options.includeInfo) && options.includeInfo.includes(id));
    })
    .map((id) => resultCard(report, id, options));
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

/** Position in the assessment's most-urgent-first message order; rule sets without messages go last. */
function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
}
