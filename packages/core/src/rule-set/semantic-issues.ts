/**
 * The checks of a rule-set file beyond its shape (references, facts, values, ids, outcomes, cycles), run
 * by the loader on every rule set it loads.
 */
import { checkLeaf } from './check-leaf.js';
import { findCycle } from './check-named-conditions.js';
import { resolveFact } from './fact-catalog.js';
import type { ConditionNode, RuleSetFile } from './schema.js';

type Path = readonly PropertyKey[];

const TOP_LEVEL_LEAF = 'the top of a condition must be "all", "any", "not", or "condition"; wrap a single comparison in "all": [ ... ]';

/**
 * Every problem of a well-shaped rule-set file that its shape cannot show: unknown facts and named
 * conditions, values that do not fit their fact, undeclared or duplicate outcomes, flags and rule ids,
 * fallback rules, cycles between named conditions and optional facts.
 */
export function semanticIssues(file: RuleSetFile): { path: Path; message: string }[] {
  const issues: { path: Path; message: string }[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const named = file.conditions ?? {};

  const walk = (node: ConditionNode, path: Path): void => {
    if ('all' in node) node.all.forEach((child, i) => walk(child, [...path, 'all', i]));
    else if ('any' in node) node.any.forEach((child, i) => walk(child, [...path, 'any', i]));
    else if ('not' in node) walk(node.not, [...path, 'not']);
    else if ('condition' in node) {
      if (!Object.hasOwn(named, node.condition)) add([...path, 'condition'], `no named condition "${node.condition}" is defined under /conditions`);
    } else {
      const resolved = resolveFact(node.fact, node.path);
      if (!resolved.ok) add([...path, resolved.at], resolved.message);
      else {
        const problem = checkLeaf(node, resolved.kind);
        if (problem) add([...path, 'value'], problem);
      }
    }
  };

  const outcomeIds = file.outcomes.map((o) => o.id);
  file.outcomes.forEach((o, i) => {
    if (o.reassuring === true && o.severity !== undefined && o.severity !== 'info') add(['outcomes', i, 'severity'], 'a reassuring outcome has severity "info"');
    if (o.id === file.insufficientOutcome && o.severity === 'info') {
      add(['outcomes', i, 'severity'], 'the insufficient-information outcome can never be "info": an unknown may hide something serious');
    }
  });
  file.outcomes.forEach((o, i) => {
    if (outcomeIds.indexOf(o.id) !== i) add(['outcomes', i, 'id'], `outcome "${o.id}" is declared twice`);
  });
  if (!outcomeIds.includes(file.insufficientOutcome)) {
    add(['insufficientOutcome'], `"${file.insufficientOutcome}" is not one of the declared outcomes`);
  } else if (file.outcomes.find((o) => o.id === file.insufficientOutcome)?.reassuring === true) {
    add(['insufficientOutcome'], `"${file.insufficientOutcome}" is reassuring; the outcome that stands in for missing facts never can be`);
  }
  const flagIds = (file.flags ?? []).map((f) => f.id);
  if (file.invalidInput) {
    if (!outcomeIds.includes(file.invalidInput.outcome)) add(['invalidInput', 'outcome'], `outcome "${file.invalidInput.outcome}" is not declared in /outcomes`);
    file.invalidInput.facts.forEach((fact, i) => {
      const resolved = resolveFact(fact, undefined);
      if (!resolved.ok && resolved.at === 'fact' && !resolved.message.includes('is a group')) add(['invalidInput', 'facts', i], resolved.message);
    });
  }
  const seenRules = new Set<string>();
  let fallbacks = 0;
  file.rules.forEach((rule, i) => {
    const at = (...rest: PropertyKey[]) => ['rules', i, ...rest];
    if (seenRules.has(rule.id)) add(at('id'), `rule id "${rule.id}" is used twice`);
    seenRules.add(rule.id);
    const effects = [rule.outcome, rule.outcomeFrom, rule.flag].filter((e) => e !== undefined).length;
    if (effects !== 1) add(at(), 'a rule needs exactly one of "outcome", "outcomeFrom" or "flag"');
    if (rule.outcomeFrom !== undefined) {
      const problem = checkOutcomeFact(rule.outcomeFrom, outcomeIds);
      if (problem) add(at('outcomeFrom'), problem);
    }
    if (rule.outcome !== undefined && !outcomeIds.includes(rule.outcome)) {
      add(at('outcome'), `outcome "${rule.outcome}" is not declared in /outcomes`);
    }
    if (rule.flag !== undefined && !flagIds.includes(rule.flag)) add(at('flag'), `flag "${rule.flag}" is not declared in /flags`);
    if (rule.fallback) {
      fallbacks += 1;
      if (fallbacks === 2) add(at('fallback'), 'a second fallback rule: at most one rule can be the fallback');
      if (rule.conditions) add(at('conditions'), 'a fallback rule has no conditions: it fires when nothing else could');
      if (rule.outcome === undefined) add(at('fallback'), 'only an outcome rule with a fixed "outcome" can be the fallback');
    } else if (!rule.conditions) add(at(), 'a rule needs "conditions" (or "fallback": true)');
    if (rule.conditions) {
      if ('fact' in rule.conditions) add(at('conditions'), TOP_LEVEL_LEAF);
      walk(rule.conditions, at('conditions'));
    }
  });
  for (const [name, node] of Object.entries(named)) {
    if ('fact' in node || 'condition' in node) add(['conditions', name], TOP_LEVEL_LEAF.replace(', or "condition"', ''));
    walk(node, ['conditions', name]);
  }
  const cycle = findCycle(named);
  if (cycle) add(['conditions', cycle[0] ?? ''], `named conditions refer to each other in a cycle: ${cycle.join(' -> ')}`);
  (file.optionalFacts ?? []).forEach((entry, i) => {
    const resolved = resolveFact(entry.fact, undefined);
    if (!resolved.ok && !resolved.message.includes('is a group')) add(['optionalFacts', i, 'fact'], resolved.message);
  });
  return issues;
}

function checkOutcomeFact(fact: string, outcomeIds: readonly string[]): string | undefined {
  const resolved = resolveFact(fact, undefined);
  if (!resolved.ok) return resolved.message;
  if (resolved.kind.kind !== 'enum') return `"${fact}" is not an enumerated fact, so its value cannot be an outcome`;
  const undeclared = resolved.kind.values.filter((v) => !outcomeIds.includes(v));
  return undeclared.length > 0 ? `values of "${fact}" are not declared outcomes: ${undeclared.join(', ')}` : undefined;
}
