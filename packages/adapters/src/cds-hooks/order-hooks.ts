/**
 * `order-select` and `order-sign`: cards only when a draft order is for naltrexone (candidacy and the waiting
 * period) or an opioid (overdose-risk flags). An emergency that urgent help finds is always shown too.
 */
import type { BuiltInRuleSetId } from '@recovery-rules/core';
import { resultSeverity } from '../result-severity.js';
import type { Card, CdsResponse } from './card.js';
import { escapeMarkdown } from './card-detail.js';
import type { ResolvedCardOptions } from './card-options.js';
import { dataProblemsCard } from './data-problems-card.js';
import type { ChartAssessment } from './evaluate-chart.js';
import type { MatchedOrder, OrderKind } from './medication-match.js';
import { missingDataCard } from './missing-data-card.js';
import { resultCard } from './result-card.js';

const RULE_SETS_FOR: Readonly<Record<OrderKind, readonly BuiltInRuleSetId[]>> = {
  naltrexone: ['naltrexone-candidacy', 'waiting-period'],
  opioid: ['overdose-risk'],
};

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

function withOrders(card: Card, orders: readonly MatchedOrder[]): Card {
  const names = [...new Set(orders.map((o) => escapeMarkdown(o.label)))].join('; ');
  return { ...card, detail: `**Draft order:** ${names}\n\n${card.detail ?? ''}`.trimEnd() };
}

/** The rule sets an order set calls for, with urgent help added when it is critical. */
export function ruleSetsForOrders(chart: ChartAssessment, orders: readonly MatchedOrder[]): BuiltInRuleSetId[] {
  const ids = new Set<BuiltInRuleSetId>(orders.flatMap((order) => RULE_SETS_FOR[order.kind]));
  if (resultSeverity(chart.report.results['urgent-help']) === 'critical') ids.add('urgent-help');
  return [...ids].sort(
    (a, b) => SEVERITY_RANK[resultSeverity(chart.report.results[a])] - SEVERITY_RANK[resultSeverity(chart.report.results[b])],
  );
}

/** Cards for the matched draft orders; none when no order is for naltrexone or an opioid. */
export function orderResponse(chart: ChartAssessment, orders: readonly MatchedOrder[], options: ResolvedCardOptions): CdsResponse {
  if (orders.length === 0) return { cards: [] };
  const cards = ruleSetsForOrders(chart, orders).map((id) => {
    const relevant = orders.filter((order) => RULE_SETS_FOR[order.kind].includes(id));
    const card = resultCard(chart.report, id, options);
    return relevant.length > 0 ? withOrders(card, relevant) : card;
  });
  const lead = chart.noData ? [missingDataCard(chart.report, chart.prefetch, options)] : [];
  const problems = dataProblemsCard(chart.problems, chart.noData ? { missingKeys: [], unusableKeys: [], partialKeys: [] } : chart.prefetch, options);
  const [first, ...rest] = cards;
  // An emergency card stays on top even above the missing-data card.
  const emergencyFirst = first && first.indicator === 'critical' ? [first, ...lead, ...rest] : [...lead, ...cards];
  return { cards: [...emergencyFirst, ...(problems ? [problems] : [])] };
}
