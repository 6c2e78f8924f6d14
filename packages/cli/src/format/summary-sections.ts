/** Renders the parts of a result a reader needs first: messages, dates, COWS totals, flags, ask next. */
import type { EvaluationResult } from '@recovery-rules/core';

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [title, ...lines, ''];
}

/** Messages of the fired rules, most restrictive first, each with its detail when there is one. */
export function messageLines(result: EvaluationResult): string[] {
  return section(
    'Messages',
    result.messages.flatMap((m) => [`  * ${m.summary}  [${m.ruleId ?? result.outcome}]`, ...(m.detail ? [`      ${m.detail}`] : [])]),
  );
}

/** Waiting-period dates: the local display date, then the exact UTC instant. */
export function dateLines(result: EvaluationResult): string[] {
  const rows: [string, string | undefined, string | undefined][] = [
    ['Earliest start', result.earliestStartDate, result.earliestStartAt],
    ['Recommended start', result.recommendedStartDate, result.recommendedStartAt],
  ];
  const lines = rows
    .filter(([, date, at]) => date !== undefined || at !== undefined)
    .map(([label, date, at]) => `  ${label.padEnd(19)} ${date ?? '-'}${at ? `   (instant ${at})` : ''}`);
  const zone = result.displayTimeZone ? ` (local dates in ${result.displayTimeZone})` : '';
  return section(`Dates${zone}`, lines);
}

/** The COWS total, or its possible range while items are missing. */
export function cowsLines(result: EvaluationResult): string[] {
  const { minTotal, maxTotal } = result;
  if (minTotal === undefined && maxTotal === undefined) return [];
  const text = minTotal === maxTotal ? `  ${minTotal}` : `  between ${minTotal ?? '?'} and ${maxTotal ?? '?'} (items missing)`;
  return section('COWS total', [text]);
}

/** Flags raised by flag rules; they never change the outcome. */
export function flagLines(result: EvaluationResult): string[] {
  return section('Flags', result.flags.map((flag) => `  * ${flag}`));
}

/** "Ask next": missing facts, the outcome each could lead to and the rules waiting on it. */
export function askNextLines(result: EvaluationResult): string[] {
  const width = Math.max(0, ...result.askNext.map((m) => m.fact.length));
  return section(
    'Ask next (most restrictive possible outcome first)',
    result.askNext.map((m, i) => {
      const unlock = m.couldUnlock ? `could lead to ${m.couldUnlock}` : 'affects flags only';
      const optional = m.optional ? '; optional' : '';
      return `  ${String(i + 1).padStart(2)}. ${m.fact.padEnd(width)}  ${unlock} (${m.rules.join(', ')}${optional})`;
    }),
  );
}
