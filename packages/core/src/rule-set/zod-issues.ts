/**
 * Turns zod issues into precise load issues. A condition node is a union of five shapes, and zod reports a
 * failed union as one vague "Invalid input"; here the branch the author meant (the one whose key is
 * present: all, any, not, condition or fact) is chosen and its own issues are reported.
 */
import type * as z from 'zod';

/** A problem at a path inside the rule-set JSON. */
export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const BRANCH_KEYS = ['all', 'any', 'not', 'condition', 'fact'] as const;
const SHAPE_HINT =
  'a condition must be one of { "all": [...] }, { "any": [...] }, { "not": {...} }, { "condition": "name" } or a comparison { "fact", "operator", "value" }';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

const VALUE_HINT = '"value" must be a string, a number, true/false, or a non-empty list of strings or numbers';

type Issue = z.core.$ZodIssue;

/** Flattens zod issues, resolving condition unions to the branch the author intended. */
export function flattenIssues(issues: readonly Issue[], root: unknown, prefix: readonly PropertyKey[] = []): PathIssue[] {
  return issues.flatMap((issue): PathIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ path, message: issue.message }];
    if (issue.errors.length !== BRANCH_KEYS.length) {
      const isValue = path[path.length - 1] === 'value';
      return [{ path, message: isValue ? VALUE_HINT : issue.message }];
    }
    const node = valueAt(root, path);
    const keys = node && typeof node === 'object' && !Array.isArray(node) ? BRANCH_KEYS.filter((k) => k in node) : [];
    const branch = keys.length === 1 ? BRANCH_KEYS.indexOf(keys[0] ?? 'fact') : -1;
    const chosen = branch >= 0 ? issue.errors[branch] : undefined;
    if (!chosen || chosen.length === 0) return [{ path, message: SHAPE_HINT }];
    return flattenIssues(chosen, root, path);
  });
}
