/**
 * Policy parameters (SPEC §7): numbers a clinician may tune, such as the liver-test limit or the days
 * after which tolerance is likely reduced. Leaves refer to them as `{ "param": name }`; loading replaces
 * each reference with the parameter's value, or with an app's override when it lies within the declared
 * range. Nothing outside the range is ever accepted, and every result lists the values in force.
 */
import type { ConditionNode } from './schema.js';
import type { RuleSetFile } from './schema.js';

/** A parameter as loaded: its value in force, the file's default and the allowed range. */
export interface ParameterValue {
  readonly value: number;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly description: string;
}

/** A problem with a parameter definition, an override or a reference. */
export interface ParameterIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

type Path = readonly PropertyKey[];

function substitute(node: ConditionNode, path: Path, values: ReadonlyMap<string, ParameterValue>, issues: ParameterIssue[]): ConditionNode {
  if ('all' in node) return { all: node.all.map((c, i) => substitute(c, [...path, 'all', i], values, issues)) };
  if ('any' in node) return { any: node.any.map((c, i) => substitute(c, [...path, 'any', i], values, issues)) };
  if ('not' in node) return { not: substitute(node.not, [...path, 'not'], values, issues) };
  if ('condition' in node) return node;
  const value = node.value;
  if (typeof value !== 'object' || Array.isArray(value)) return node;
  const parameter = values.get((value as { param: string }).param);
  if (!parameter) {
    issues.push({ path: [...path, 'value'], message: `no parameter "${(value as { param: string }).param}" is declared under /parameters` });
    return node;
  }
  return { ...node, value: parameter.value };
}

/**
 * Resolves parameter values (defaults, then overrides) and replaces every reference in the file's
 * conditions. Returns the substituted file, the values in force, and any problems.
 */
export function applyParameters(
  file: RuleSetFile,
  overrides: Readonly<Record<string, number>>,
): { file: RuleSetFile; values: ReadonlyMap<string, ParameterValue>; issues: ParameterIssue[] } {
  const issues: ParameterIssue[] = [];
  const values = new Map<string, ParameterValue>();
  for (const [name, p] of Object.entries(file.parameters ?? {})) {
    if (p.min > p.max || p.value < p.min || p.value > p.max) {
      issues.push({ path: ['parameters', name], message: `default ${p.value} must lie within min ${p.min} and max ${p.max}` });
    }
    values.set(name, { value: p.value, defaultValue: p.value, min: p.min, max: p.max, unit: p.unit, description: p.description });
  }
  for (const [name, value] of Object.entries(overrides)) {
    const p = values.get(name);
    if (!p) issues.push({ path: ['parameters', name], message: `cannot override "${name}": the rule set declares no such parameter` });
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < p.min || value > p.max) {
      issues.push({ path: ['parameters', name], message: `override ${JSON.stringify(value)} for "${name}" is outside the allowed ${p.min}..${p.max} ${p.unit}` });
    } else values.set(name, { ...p, value });
  }
  const rules = file.rules.map((rule, i) =>
    rule.conditions ? { ...rule, conditions: substitute(rule.conditions, ['rules', i, 'conditions'], values, issues) } : rule,
  );
  const conditions = file.conditions
    ? Object.fromEntries(Object.entries(file.conditions).map(([name, node]) => [name, substitute(node, ['conditions', name], values, issues)]))
    : undefined;
  return { file: { ...file, rules, ...(conditions && { conditions }) }, values, issues };
}
