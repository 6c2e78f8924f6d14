/**
 * Bounds the shape of any JSON value without recursion (so a file nested a million levels deep cannot
 * overflow the stack here): total values, nesting depth, string and key length, array length. Runs before
 * zod, whose recursive parse would overflow on such input.
 */
import { limitIssue, MAX_LIMIT_ISSUES, type LimitIssue } from './limit-issue.js';
import type { RuleSetLimits } from './rule-set-limits.js';

interface Visit {
  readonly value: unknown;
  readonly key: PropertyKey | undefined;
  readonly parent: Visit | undefined;
  readonly depth: number;
}


/** JSON levels a condition of the deepest allowed nesting needs (an object and an array per level) plus the envelope. */
export const jsonDepthFor = (limits: RuleSetLimits): number => 2 * limits.maxConditionDepth + 16;

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Problems with the raw file's size and shape; empty when every limit holds. */
export function scanJsonShape(json: unknown, limits: RuleSetLimits): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const maxDepth = jsonDepthFor(limits);
  const stack: Visit[] = [{ value: json, key: undefined, parent: undefined, depth: 1 }];
  let values = 0;
  while (stack.length > 0 && issues.length < MAX_LIMIT_ISSUES) {
    const visit = stack.pop() as Visit;
    const { value, depth } = visit;
    values += 1;
    if (values > limits.maxJsonValues) {
      issues.push(limitIssue([], `the file holds more than ${limits.maxJsonValues} JSON values`, 'maxJsonValues', limits.maxJsonValues));
      break;
    }
    if (typeof value === 'string' && value.length > limits.maxStringLength) {
      issues.push(limitIssue(pathOf(visit), `a string of ${value.length} characters is too long`, 'maxStringLength', limits.maxStringLength));
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) {
      issues.push(limitIssue(pathOf(visit), `values are nested more than ${maxDepth} levels deep`, 'maxConditionDepth', limits.maxConditionDepth));
      continue;
    }
    const isRuleList = depth === 2 && visit.key === 'rules';
    if (Array.isArray(value) && !isRuleList && value.length > limits.maxArrayLength) {
      issues.push(limitIssue(pathOf(visit), `a list of ${value.length} items is too long`, 'maxArrayLength', limits.maxArrayLength));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], key: i, parent: visit, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const at: Visit = { value: child, key, parent: visit, depth: depth + 1 };
      if (key.length > limits.maxStringLength) {
        issues.push(limitIssue(pathOf(visit), `a key of ${key.length} characters is too long`, 'maxStringLength', limits.maxStringLength));
      } else stack.push(at);
    }
  }
  return issues;
}
