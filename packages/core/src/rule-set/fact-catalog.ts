import { DERIVED_FACTS } from '../derive/derived-vocabulary.js';
import { INPUT_FACTS, type FactKind } from '../facts/vocabulary.js';

const DOTTED_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** The kind a rule leaf compares against, or a reason the fact/path pair is not usable. */
export type ResolvedFact =
  | { readonly ok: true; readonly kind: FactKind }
  | { readonly ok: false; readonly message: string; readonly at: 'fact' | 'path' };

function lookup(fact: string): FactKind | undefined {
  if (Object.hasOwn(INPUT_FACTS, fact)) return INPUT_FACTS[fact as keyof typeof INPUT_FACTS];
  if (Object.hasOwn(DERIVED_FACTS, fact)) return DERIVED_FACTS[fact as keyof typeof DERIVED_FACTS].kind;
  return undefined;
}

/** Every fact name a rule may read: SPEC §1 inputs and the derived facts. */
export function knownFactNames(): string[] {
  return [...Object.keys(INPUT_FACTS), ...Object.keys(DERIVED_FACTS)];
}

/** Resolves a leaf's `fact` and optional `path` to the kind of value it reads. */
export function resolveFact(fact: string, path: string | undefined): ResolvedFact {
  const kind = lookup(fact);
  if (!kind) return { ok: false, at: 'fact', message: `unknown fact "${fact}"; facts are listed in SPEC §1 and the derived-fact table` };
  if (path === undefined) {
    if (kind.kind === 'object') {
      return { ok: false, at: 'fact', message: `fact "${fact}" is a group; add a "path" such as "$.${Object.keys(kind.members)[0]}"` };
    }
    return { ok: true, kind };
  }
  if (!DOTTED_PATH.test(path)) {
    return { ok: false, at: 'path', message: `path "${path}" is not a plain dotted path like "$.member" (JSONPath expressions are not allowed)` };
  }
  if (kind.kind !== 'object') return { ok: false, at: 'path', message: `fact "${fact}" has no members, so it takes no "path"` };
  const segments = path.slice(2).split('.');
  const name = segments.length === 1 ? (segments[0] ?? '') : '';
  const member = Object.hasOwn(kind.members, name) ? kind.members[name] : undefined;
  if (!member) {
    return { ok: false, at: 'path', message: `path "${path}" does not name a member of "${fact}" (${Object.keys(kind.members).join(', ')})` };
  }
  return { ok: true, kind: member };
}
