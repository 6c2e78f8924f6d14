/**
 * Building a rule set from a file whose shape is valid: parameters resolved (overrides checked against
 * their ranges), then the immutable {@link RuleSet}. The loader runs every check first; the built-in rule
 * sets, which the package build proves load cleanly, go straight here.
 */
import { semanticIssues } from './semantic-issues.js';
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

/**
 * Builds a rule set from a file already proven to load cleanly with its default parameters (the built-in
 * rule sets, by the package build). Only parameter overrides are checked: a finite override within its
 * declared range cannot make such a file invalid, since a leaf's number is only checked for finiteness.
 * @throws {@link RuleSetLoadError} when an override is unknown or out of range.
 */
export function buildProvenRuleSet(source: RuleSetFile, options: BuildOptions = {}): RuleSet {
  const applied = applyParameters(source, options.parameters ?? {});
  if (applied.issues.length > 0) throw new RuleSetLoadError(applied.issues.map((issue) => issueIn(options.file, issue)));
  return build(applied.file, source, applied.values, options.parameters ?? {});
}
