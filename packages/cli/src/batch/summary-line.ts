/**
 * The compact line `assess --ndjson --summary` prints per patient: what each rule set decided and why, in
 * a few hundred bytes instead of the full explained report (tens of kilobytes). It keeps every decision a
 * triage or statistics pipeline needs and leaves out the text (messages, emergency steps, disclaimer) and
 * the audit detail (rule traces, sources, policy, hashes), which the full report still has.
 *
 * Schema, one JSON object per line, keys always in this order:
 *
 *   {"line": 12, "urgency": "urgent", "emergencyNotRuledOut": true, "results": {"<rule set id>": {
 *      "outcome": "...", "firedRules": [...], "flags": [...], "unknownRules": [...], "missingFacts": [...],
 *      ...optional: "total", "minTotal", "maxTotal", "complete" (COWS), "invalidFacts" (field names),
 *      "earliestStartAt", "recommendedStartAt" (waiting period)}, ...}}
 *
 * `results` lists every built-in rule set in evaluation order. Arrays are always present, empty when
 * nothing applies, so a reader never confuses "none" with "not reported". A line that could not be
 * assessed prints the same `{"error": {..., "line": n}}` as the full report mode.
 */
import type { AssessmentReport, EvaluationResult } from '@recovery-rules/core/sync';

/** One rule set's part of a summary line. */
export interface RuleSetSummary {
  readonly outcome: string;
  readonly firedRules: readonly string[];
  readonly flags: readonly string[];
  /** Rules that could have fired but wait on unknown facts. */
  readonly unknownRules: readonly string[];
  /** The facts worth asking next for this rule set, most restrictive possible outcome first. */
  readonly missingFacts: readonly string[];
  readonly total?: number;
  readonly minTotal?: number;
  readonly maxTotal?: number;
  readonly complete?: boolean;
  /** Fields a rule set answered with an outcome although their values were invalid (COWS scores). */
  readonly invalidFacts?: readonly string[];
  readonly earliestStartAt?: string;
  readonly recommendedStartAt?: string;
}

/** One patient's summary line. */
export interface SummaryLine {
  /** The 1-based input line number, the key back to the patient. */
  readonly line: number;
  /** The highest severity among the rule sets' outcomes. */
  readonly urgency: AssessmentReport['urgency'];
  /**
   * True when urgent help cannot rule an emergency out (the full report carries emergency steps), which a
   * lower `urgency` such as `urgent` does not show on its own: a triage queue must put this person first.
   */
  readonly emergencyNotRuledOut: boolean;
  readonly results: Readonly<Record<string, RuleSetSummary>>;
}

function summarizeResult(result: EvaluationResult): RuleSetSummary {
  return {
    outcome: result.outcome,
    firedRules: result.firedRules,
    flags: result.flags,
    unknownRules: result.unknownRules,
    missingFacts: result.missingFacts,
    ...(result.total !== undefined && { total: result.total }),
    ...(result.minTotal !== undefined && { minTotal: result.minTotal }),
    ...(result.maxTotal !== undefined && { maxTotal: result.maxTotal }),
    ...(result.complete !== undefined && { complete: result.complete }),
    ...(result.invalidFacts !== undefined && { invalidFacts: result.invalidFacts.map((issue) => issue.field) }),
    ...(result.earliestStartAt !== undefined && { earliestStartAt: result.earliestStartAt }),
    ...(result.recommendedStartAt !== undefined && { recommendedStartAt: result.recommendedStartAt }),
  };
}

/** The summary of `report`, for input line `line`. */
export function summaryLine(report: AssessmentReport, line: number): SummaryLine {
  const results: Record<string, RuleSetSummary> = {};
  for (const id of report.evaluationOrder) results[id] = summarizeResult(report.results[id]);
  return { line, urgency: report.urgency, emergencyNotRuledOut: report.emergency !== undefined, results };
}
