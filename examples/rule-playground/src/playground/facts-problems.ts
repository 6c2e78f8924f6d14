/** Turns the SDK's facts errors into problems placed in the facts editor. */
import type { FactIssue } from '@recovery-rules/core/sync';
import { locatePointer } from './locate-pointer.js';
import type { Problem } from './problem.js';

/** `cowsItems.sweating` -> `/cowsItems/sweating`; the root (an empty field) is `/`. */
export function fieldToPointer(field: string): string {
  if (field === '') return '/';
  return field
    .split('.')
    .map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/** One problem per facts issue, at the fact's key in the text (or its closest existing parent). */
export function factsProblems(text: string, issues: readonly FactIssue[]): Problem[] {
  return issues.map((issue) => {
    const pointer = fieldToPointer(issue.field);
    return {
      editor: 'facts',
      kind: 'facts',
      severity: 'error',
      position: locatePointer(text, pointer),
      pointer,
      message: issue.message,
      hint: `allowed: ${issue.allowed}`,
    };
  });
}
