/**
 * Lints a loaded rule set for problems the loader cannot call errors: rules that can never fire, rules
 * shadowed by a weaker, more restrictive rule, thresholds outside what a fact can be, outcomes no rule
 * produces, and rules without a message. (Type mismatches and missing sources are load errors already;
 * rules no test case fires are reported by `recovery-rules test`.)
 */
import type { MessageCatalog } from '../messages/catalog.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import type { ConditionNode } from '../rule-set/schema.js';
import { resolveFact } from '../rule-set/fact-catalog.js';
import { contradictoryGroups } from './contradictions.js';
import { shadowedRules } from './shadowing.js';
import type { LintFinding } from './lint-finding.js';

function thresholdFindings(node: ConditionNode, pointer: string): LintFinding[] {
  if ('all' in node) return node.all.flatMap((c, i) => thresholdFindings(c, `${pointer}/all/${i}`));
  if ('any' in node) return node.any.flatMap((c, i) => thresholdFindings(c, `${pointer}/any/${i}`));
  if ('not' in node) return thresholdFindings(node.not, `${pointer}/not`);
  if ('condition' in node) return [];
  const resolved = resolveFact(node.fact, node.path);
  if (!resolved.ok || resolved.kind.kind !== 'number') return [];
  const { min, max, unit } = resolved.kind;
  const values = Array.isArray(node.value) ? (node.value as readonly unknown[]) : [node.value];
  return values
    .filter((v): v is number => typeof v === 'number' && (v < min || v > max))
    .map((v) => ({
      code: 'threshold-out-of-range' as const,
      pointer: `${pointer}/value`,
      message: `${v} is outside what ${node.fact} can be (${min} to ${max} ${unit}), so this comparison never varies`,
    }));
}

/** Lints a rule set; `messages` is the catalog whose entries every rule should have (English by default). */
export function lintRuleSet(ruleSet: RuleSet, messages: MessageCatalog): LintFinding[] {
  const findings: LintFinding[] = [];
  const named = Object.entries(ruleSet.namedConditions);
  for (const [name, node] of named) findings.push(...thresholdFindings(node, `/conditions/${name}`));
  ruleSet.rules.forEach((rule, i) => {
    const at = `/rules/${i}`;
    if (rule.conditions) {
      for (const dead of contradictoryGroups(rule.conditions, `${at}/conditions`)) {
        findings.push({
          code: 'never-fires',
          pointer: dead.pointer,
          message: `${rule.id} can never fire: its comparisons on ${dead.fact} cannot all hold at once`,
        });
      }
      findings.push(...thresholdFindings(rule.conditions, `${at}/conditions`));
    }
    if (messages[ruleSet.id]?.[rule.message] === undefined) {
      findings.push({ code: 'missing-message', pointer: `${at}/message`, message: `${rule.id} has no message "${rule.message}" in the catalog` });
    }
  });
  for (const { index, by } of shadowedRules(ruleSet)) {
    const rule = ruleSet.rules[index];
    findings.push({
      code: 'shadowed',
      pointer: `/rules/${index}/conditions`,
      message: `${rule?.id} never decides the outcome: whenever it fires, ${by} (weaker condition, more restrictive outcome) fires too`,
    });
  }
  const produced = new Set<string>([ruleSet.insufficientOutcome]);
  for (const rule of ruleSet.rules) {
    if (rule.effect.kind === 'outcome') produced.add(rule.effect.outcome);
    if (rule.effect.kind === 'outcome-from-fact') {
      const resolved = resolveFact(rule.effect.fact, undefined);
      if (resolved.ok && resolved.kind.kind === 'enum') resolved.kind.values.forEach((v) => produced.add(v));
    }
  }
  if (ruleSet.invalidInput) produced.add(ruleSet.invalidInput.outcome);
  ruleSet.outcomes.forEach((o, i) => {
    if (!produced.has(o.id)) findings.push({ code: 'outcome-never-produced', pointer: `/outcomes/${i}`, message: `no rule produces the outcome "${o.id}"` });
  });
  return findings;
}
