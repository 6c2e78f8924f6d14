/**
 * Bounds what evaluating a rule set costs, on the raw file and without recursion: the number of rules, the
 * deepest condition nesting and the number of condition nodes, with every named-condition reference counted
 * as the whole tree it stands for. Named conditions are shared, so a chain of them, each referring to the
 * previous one twice, is a small file whose evaluation visits 2^n nodes; counting the expansion stops it.
 */
import { limitIssue, MAX_LIMIT_ISSUES, type LimitIssue } from './limit-issue.js';
import type { RuleSetLimits } from './rule-set-limits.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One condition tree as written: its own depth and node count, and the named conditions it refers to, at which depth. */
interface TreeShape {
  readonly depth: number;
  readonly nodes: number;
  readonly refs: readonly { readonly name: string; readonly depth: number }[];
}

function children(node: Json): unknown[] {
  const list: unknown[] = [];
  for (const key of ['all', 'any'] as const) {
    const value = Object.hasOwn(node, key) ? node[key] : undefined;
    // A loop, not push(...value): spreading a list of a million items overflows the stack.
    if (Array.isArray(value)) for (const item of value) list.push(item);
  }
  if (Object.hasOwn(node, 'not')) list.push(node['not']);
  return list;
}

function shapeOf(root: unknown): TreeShape {
  const refs: { name: string; depth: number }[] = [];
  let depth = 0;
  let nodes = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth: at } = stack.pop() as { node: unknown; depth: number };
    if (!isObject(node)) continue;
    nodes += 1;
    depth = Math.max(depth, at);
    if (Object.hasOwn(node, 'condition') && typeof node['condition'] === 'string') refs.push({ name: node['condition'], depth: at });
    for (const child of children(node)) stack.push({ node: child, depth: at + 1 });
  }
  return { depth, nodes, refs };
}

/** Depth and node count of each named condition with references expanded (memoised, iterative; cycles add nothing). */
function expandNamed(named: ReadonlyMap<string, TreeShape>): Map<string, { depth: number; nodes: number }> {
  const expanded = new Map<string, { depth: number; nodes: number }>();
  const visiting = new Set<string>();
  for (const start of named.keys()) {
    const stack = [start];
    while (stack.length > 0) {
      const name = stack[stack.length - 1] as string;
      if (expanded.has(name)) {
        stack.pop();
        continue;
      }
      const shape = named.get(name) as TreeShape;
      visiting.add(name);
      const pending = shape.refs.filter((ref) => named.has(ref.name) && !expanded.has(ref.name) && !visiting.has(ref.name));
      if (pending.length > 0) {
        stack.push(pending[0]?.name as string);
        continue;
      }
      expanded.set(name, totalOf(shape, expanded));
      visiting.delete(name);
      stack.pop();
    }
  }
  return expanded;
}

/** A tree's depth and nodes with the expansions known so far (a reference not yet known, in a cycle, adds nothing). */
function totalOf(shape: TreeShape, expanded: ReadonlyMap<string, { depth: number; nodes: number }>): { depth: number; nodes: number } {
  let { depth, nodes } = shape;
  for (const ref of shape.refs) {
    const inner = expanded.get(ref.name);
    if (!inner) continue;
    depth = Math.max(depth, ref.depth + inner.depth);
    nodes += inner.nodes;
  }
  return { depth, nodes };
}

/** Problems with the number of rules and the size of their conditions; empty when every limit holds. */
export function scanConditions(json: unknown, limits: RuleSetLimits): LimitIssue[] {
  if (!isObject(json)) return [];
  const issues: LimitIssue[] = [];
  const rules = Object.hasOwn(json, 'rules') && Array.isArray(json['rules']) ? (json['rules'] as unknown[]) : [];
  if (rules.length > limits.maxRules) {
    return [limitIssue(['rules'], `the file has ${rules.length} rules`, 'maxRules', limits.maxRules)];
  }
  const rawNamed = Object.hasOwn(json, 'conditions') && isObject(json['conditions']) ? json['conditions'] : {};
  const named = new Map(Object.entries(rawNamed).map(([name, node]) => [name, shapeOf(node)]));
  const expanded = expandNamed(named);
  let nodes = 0;
  const check = (path: readonly PropertyKey[], total: { depth: number; nodes: number }): void => {
    nodes += total.nodes;
    if (total.depth > limits.maxConditionDepth) {
      issues.push(limitIssue(path, `conditions are nested ${total.depth} levels deep, counting named conditions they refer to`, 'maxConditionDepth', limits.maxConditionDepth));
    }
  };
  for (const [name, total] of expanded) check(['conditions', name], total);
  rules.forEach((rule, i) => {
    if (isObject(rule) && Object.hasOwn(rule, 'conditions')) check(['rules', i, 'conditions'], totalOf(shapeOf(rule['conditions']), expanded));
  });
  if (nodes > limits.maxNodes) {
    issues.unshift(limitIssue([], `the conditions hold ${nodes} nodes once named conditions are expanded`, 'maxNodes', limits.maxNodes));
  }
  return issues.slice(0, MAX_LIMIT_ISSUES);
}
