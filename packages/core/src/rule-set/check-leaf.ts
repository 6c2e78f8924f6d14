import type { FactKind } from '../facts/vocabulary.js';
import { LIST_OPERATORS, NUMERIC_OPERATORS } from './operators.js';
import type { LeafCondition } from './schema.js';

function describe(kind: FactKind): string {
  switch (kind.kind) {
    case 'enum':
      return `one of ${kind.values.map((v) => `"${v}"`).join(', ')}`;
    case 'number':
      return `a number from ${kind.min} to ${kind.max} (${kind.unit})`;
    default:
      return 'not comparable';
  }
}

function checkScalar(kind: FactKind, value: unknown): string | undefined {
  if (kind.kind === 'enum') {
    if (value === 'unknown') return 'compare against "unknown" with the isUnknown operator instead';
    return typeof value === 'string' && kind.values.includes(value) ? undefined : `value ${JSON.stringify(value)} is not ${describe(kind)}`;
  }
  if (kind.kind === 'number') {
    return typeof value === 'number' && Number.isFinite(value)
      ? undefined
      : `value ${JSON.stringify(value)} is not a number (${kind.unit})`;
  }
  return 'this fact can only be tested with isUnknown';
}

/**
 * Checks that a leaf's operator and value fit the kind of the fact it reads. Returns the problem, if any.
 */
export function checkLeaf(leaf: LeafCondition, kind: FactKind): string | undefined {
  if (leaf.operator === 'isUnknown') {
    return leaf.value === true ? undefined : 'isUnknown takes "value": true';
  }
  if (NUMERIC_OPERATORS.has(leaf.operator) && kind.kind !== 'number') {
    return `operator ${leaf.operator} needs a numeric fact; "${leaf.fact}" is ${describe(kind)}`;
  }
  if (LIST_OPERATORS.has(leaf.operator)) {
    if (!Array.isArray(leaf.value)) return `operator ${leaf.operator} takes a list of values`;
    for (const item of leaf.value) {
      const problem = checkScalar(kind, item);
      if (problem) return problem;
    }
    return undefined;
  }
  if (Array.isArray(leaf.value)) return `operator ${leaf.operator} takes a single value, not a list`;
  return checkScalar(kind, leaf.value);
}
