/** Renders rules (fired or undecided) with their effect, sources and condition trace. */
import type { RuleTrace } from '@recovery-rules/core';
import { conditionTraceLines } from './condition-trace.js';

function effectLabel(rule: RuleTrace): string {
  switch (rule.effect.kind) {
    case 'outcome':
      return `outcome ${rule.effect.outcome}`;
    case 'outcome-from-fact':
      return rule.outcome !== null ? `outcome ${rule.outcome} (from ${rule.effect.fact})` : `outcome named by ${rule.effect.fact}`;
    case 'flag':
      return `flag ${rule.effect.flag}`;
  }
}

/** The lines for one rule: a heading, its sources, then its leaf trace. */
export function ruleLines(rule: RuleTrace): string[] {
  const sources = rule.sources.length > 0 ? rule.sources.join('; ') : 'none listed';
  const body = rule.conditions
    ? conditionTraceLines(rule.conditions, '      ')
    : ['      (fallback rule: it applies when no other outcome rule fired)'];
  return [`  ${rule.id}  ->  ${effectLabel(rule)}`, `      sources: ${sources}`, ...body];
}

/** A titled section listing rules, or nothing when there are none. */
export function ruleSection(title: string, rules: readonly RuleTrace[]): string[] {
  if (rules.length === 0) return [];
  return [title, ...rules.flatMap((rule, index) => (index === 0 ? ruleLines(rule) : ['', ...ruleLines(rule)])), ''];
}
