/**
 * The checks and the build every rule set goes through once its JSON has the right shape: references,
 * facts, value types, ids, outcomes, cycles and parameters, then the immutable {@link RuleSet}. The loader
 * runs it after the shape check; the built-in rule sets, whose shape the build proves, run it directly.
 */
import { checkLeaf } from './check-leaf.js';
import { findCycle } from './check-named-conditions.js';
import { resolveFact } from './fact-catalog.js';
import { RuleSetLoadError, toPointer, type RuleSetIssue } from './load-error.js';
import type { Rule, RuleSet } from './rule-set.js';
import type { ConditionNode, RuleSetFile } from './schema.js';
import { applyParameters, type ParameterValue } from './parameters.js';
import { canonicalJson, sha256Hex } from './sha256.js';
import { hintFor } from './fix-hints.js';

/** Where a rule set came from (for error messages) and its parameter overrides. */
export interface BuildOptions {
  readonly file?: string;
  /** Overrides of the rule set's policy parameters (SPEC §7), each within its declared range. */
  readonly parameters?: Readonly<Record<string, number>>;
}

type Path = readonly PropertyKey[];

const TOP_LEVEL_LEAF = 'the top of a condition must be "all", "any", "not", or "condition"; wrap a single comparison in "all": [ ... ]';

function semanticIssues(file: RuleSetFile): { path: Path; message: string }[] {
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

function build(
  file: RuleSetFile,
  source: RuleSetFile,
  parameters: ReadonlyMap<string, ParameterValue>,
  overrides: Readonly<Record<string, number>>,
): RuleSet {
  const rules: Rule[] = file.rules.map((rule) => ({
    id: rule.id,
    ...(rule.title !== undefined && { title: rule.title }),
    effect:
      rule.outcome !== undefined
        ? { kind: 'outcome', outcome: rule.outcome }
        : rule.outcomeFrom !== undefined
          ? { kind: 'outcome-from-fact', fact: rule.outcomeFrom }
          : { kind: 'flag', flag: rule.flag ?? '' },
    fallback: rule.fallback === true,
    ...(rule.conditions !== undefined && { conditions: rule.conditions }),
    message: rule.message,
    sources: rule.sources,
  }));
  return deepFreeze({
    id: file.id,
    version: file.version,
    contentHash: contentHashOf(source),
    parameters,
    overriddenParameters: Object.keys(overrides).sort(),
    source,
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    outcomes: file.outcomes.map((o) => ({
      id: o.id,
      description: o.description,
      reassuring: o.reassuring === true,
      ...(o.severity !== undefined && { severity: o.severity }),
      ...(o.message !== undefined && { message: o.message }),
    })),
    insufficientOutcome: file.insufficientOutcome,
    flags: file.flags ?? [],
    optionalFacts: new Map((file.optionalFacts ?? []).map((entry) => [entry.fact, entry.reason])),
    ...(file.invalidInput !== undefined && { invalidInput: file.invalidInput }),
    reports: new Set(file.reports ?? []),
    referencedFacts: new Set([
      ...file.rules.flatMap((r) => [...(r.conditions ? factsIn(r.conditions) : []), ...(r.outcomeFrom !== undefined ? [r.outcomeFrom] : [])]),
      ...Object.values(file.conditions ?? {}).flatMap(factsIn),
    ]),
    namedConditions: file.conditions ?? {},
    rules,
  });
}

function checkOutcomeFact(fact: string, outcomeIds: readonly string[]): string | undefined {
  const resolved = resolveFact(fact, undefined);
  if (!resolved.ok) return resolved.message;
  if (resolved.kind.kind !== 'enum') return `"${fact}" is not an enumerated fact, so its value cannot be an outcome`;
  const undeclared = resolved.kind.values.filter((v) => !outcomeIds.includes(v));
  return undeclared.length > 0 ? `values of "${fact}" are not declared outcomes: ${undeclared.join(', ')}` : undefined;
}

function contentHashOf(file: RuleSetFile): string {
  const { $schema: _location, ...content } = file;
  return sha256Hex(canonicalJson(content));
}

function factsIn(node: ConditionNode): string[] {
  if ('all' in node) return node.all.flatMap(factsIn);
  if ('any' in node) return node.any.flatMap(factsIn);
  if ('not' in node) return factsIn(node.not);
  if ('condition' in node) return [];
  return [node.fact];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set) && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A load issue with the file it came from, its JSON pointer and a fix hint. */
export function issueIn(file: string | undefined, issue: { path: Path; message: string }): RuleSetIssue {
  return {
    ...(file !== undefined && { file }),
    pointer: toPointer(issue.path),
    message: issue.message,
    hint: hintFor(toPointer(issue.path), issue.message),
  };
}

/**
 * Checks a rule-set file whose shape is already valid (parameters, references, facts, values, ids,
 * outcomes, cycles) and builds the rule set. `source` is kept as the rule set's `source`, not copied.
 * @throws {@link RuleSetLoadError} listing every problem with its JSON pointer.
 */
export function buildCheckedRuleSet(source: RuleSetFile, options: BuildOptions = {}): RuleSet {
  const applied = applyParameters(source, options.parameters ?? {});
  const issues = [...applied.issues, ...semanticIssues(applied.file)];
  if (issues.length > 0) throw new RuleSetLoadError(issues.map((issue) => issueIn(options.file, issue)));
  return build(applied.file, source, applied.values, options.parameters ?? {});
}
