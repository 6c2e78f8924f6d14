/**
 * Renders a rule's condition trace as an indented tree: each combinator with its truth, each leaf as
 * fact, operator, expected value, actual value and truth (true / false / unknown).
 */
import type { ConditionTrace, LeafTrace, Truth } from '@recovery-rules/core';

const TRUTH_WIDTH = 'unknown'.length;

function truthLabel(truth: Truth): string {
  return `[${truth.padEnd(TRUTH_WIDTH)}]`;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `relapseSigns` with path `$.isolating` reads as `relapseSigns.isolating`. */
function factName(leaf: LeafTrace): string {
  return leaf.path ? `${leaf.fact}.${leaf.path.replace(/^\$\.?/, '')}` : leaf.fact;
}

function leafLine(leaf: LeafTrace): string {
  const actual = leaf.actual === undefined ? 'unknown' : show(leaf.actual);
  const note = leaf.assumedAbsent ? ' (optional fact, taken as absent)' : '';
  return `${truthLabel(leaf.truth)} ${factName(leaf)} ${leaf.operator} ${show(leaf.expected)}; actual: ${actual}${note}`;
}

/** The lines of a condition trace, each indented by `indent` plus two spaces per level. */
export function conditionTraceLines(trace: ConditionTrace, indent = ''): string[] {
  switch (trace.kind) {
    case 'leaf':
      return [indent + leafLine(trace)];
    case 'all':
    case 'any':
      return [
        `${indent}${truthLabel(trace.truth)} ${trace.kind} of:`,
        ...trace.children.flatMap((child) => conditionTraceLines(child, `${indent}  `)),
      ];
    case 'not':
      return [`${indent}${truthLabel(trace.truth)} not:`, ...conditionTraceLines(trace.child, `${indent}  `)];
    case 'condition':
      return [`${indent}${truthLabel(trace.truth)} condition "${trace.name}":`, ...conditionTraceLines(trace.child, `${indent}  `)];
  }
}
