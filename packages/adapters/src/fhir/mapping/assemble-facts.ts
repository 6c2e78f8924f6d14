/**
 * Builds the facts object from resolved (dotted) values and checks it against core's facts schema. Anything the
 * schema rejects is removed and reported, so `facts` always parses: the caller never receives input that
 * core would refuse, and nothing is coerced to make it fit.
 */
import { FactsValidationError, parseFacts } from '@recovery-rules/core';
import type { FhirProblem, FhirSource } from './mapping-types.js';

function nest(values: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [key, value] of values) {
    const [head, member] = key.split('.', 2) as [string, string | undefined];
    if (member === undefined) facts[head] = value;
    else facts[head] = { ...((facts[head] as Record<string, unknown> | undefined) ?? {}), [member]: value };
  }
  return facts;
}

/** The key to drop for a schema issue: the member for object facts, the whole fact otherwise. */
function keyOf(field: string, values: ReadonlyMap<string, unknown>): string {
  const [head, second] = field.split('.');
  const dotted = `${head}.${second}`;
  return second !== undefined && values.has(dotted) ? dotted : (head ?? field);
}

/** The facts object, with schema-invalid values removed and reported as `invalid` problems. */
export function assembleFacts(
  resolved: ReadonlyMap<string, unknown>,
  provenance: Record<string, FhirSource[]>,
  context: Record<string, unknown>,
): { facts: Record<string, unknown>; problems: FhirProblem[] } {
  const values = new Map(resolved);
  const problems: FhirProblem[] = [];
  for (let attempt = 0; attempt <= resolved.size; attempt++) {
    const facts = { ...nest(values), ...context };
    try {
      parseFacts(facts);
      return { facts, problems };
    } catch (error) {
      if (!(error instanceof FactsValidationError)) throw error;
      const before = values.size;
      for (const issue of error.issues) {
        const key = keyOf(issue.field, values);
        if (!values.delete(key)) continue;
        problems.push({ kind: 'invalid', fact: key, message: `${key} was not used: ${issue.message}`, sources: provenance[key] ?? [] });
        delete provenance[key];
      }
      if (values.size === before) throw error; // a context value (evaluatedAt, timeZone) is itself invalid
    }
  }
  throw new Error('assembleFacts: could not produce valid facts');
}
