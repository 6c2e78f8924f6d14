/**
 * `patient-view`: every rule set on the chart, one card per result that needs attention, most urgent first.
 */
import { ASSESSMENT_ORDER } from '@recovery-rules/core';
import type { CdsResponse } from './card.js';
import type { ResolvedCardOptions } from './card-options.js';
import { dataProblemsCard } from './data-problems-card.js';
import type { ChartAssessment } from './evaluate-chart.js';
import { missingDataCard } from './missing-data-card.js';
import { resultCards } from './result-card.js';

/**
 * Cards for a patient-view call. With no prefetch data, one card names the data needed (with urgent help's
 * safety net); otherwise a card per non-`info` result (all results with `includeInfo`), then any data problems.
 */
export function patientViewResponse(chart: ChartAssessment, options: ResolvedCardOptions & { readonly includeInfo: boolean }): CdsResponse {
  if (chart.noData) return { cards: [missingDataCard(chart.report, chart.prefetch, options)] };
  const problems = dataProblemsCard(chart.problems, chart.prefetch, options);
  return { cards: [...resultCards(chart.report, ASSESSMENT_ORDER, options), ...(problems ? [problems] : [])] };
}
