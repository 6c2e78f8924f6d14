/** The `list --pretty` table of rule sets. */
import type { RuleSetSummary } from '@recovery-rules/core';

/** Renders rule-set summaries as an aligned table with outcomes listed beneath each row. */
export function formatRuleSetTable(ruleSets: readonly RuleSetSummary[]): string {
  const rows = [['ID', 'VERSION', 'RULES', 'TITLE'], ...ruleSets.map((r) => [r.id, r.version, String(r.ruleCount), r.title])];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
  const lines = rows.map((row, index) => {
    const cells = row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  ');
    const outcomes = ruleSets[index - 1]?.outcomes;
    return outcomes ? `${cells}\n${' '.repeat(4)}outcomes, most restrictive first: ${outcomes.join(' > ')}` : cells;
  });
  return `${lines.join('\n')}\n`;
}
