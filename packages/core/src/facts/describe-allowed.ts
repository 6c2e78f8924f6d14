import { COWS_ITEM_SCORES, INPUT_FACTS, type FactKind } from './vocabulary.js';

const SPECIAL: Record<string, string> = {
  evaluatedAt: 'an RFC 3339 date-time with an offset, e.g. 2025-03-15T12:00:00Z',
  userTimeZone: 'an IANA time-zone name such as America/New_York, "unknown" or null',
  lastOpioidUseAt: 'an RFC 3339 date-time, a YYYY-MM-DD date, "unknown" or null',
  lastXrNtxInjectionAt: 'an RFC 3339 date-time, "unknown" or null',
  naloxoneGivenAt: 'an RFC 3339 date-time, "never" or null for none, or "unknown"',
  lastOverdoseAt: 'an RFC 3339 date-time, "never" or null for none, or "unknown"',
  opioidExposures: '"unknown", null, or a list of { "type": short-acting | long-acting | depot-buprenorphine | unknown, "lastUseAt": date-time or YYYY-MM-DD }',
  cowsItems: 'an object with the eleven COWS items as keys, "unknown" or null',
  relapseSigns: 'an object whose keys are relapse sign names, "unknown" or null',
};

function describeKind(kind: FactKind): string {
  switch (kind.kind) {
    case 'enum':
      return `one of ${[...kind.values, 'unknown'].map((v) => `"${v}"`).join(', ')} (or null)`;
    case 'number':
      return `${kind.integer ? 'an integer' : 'a number'} from ${kind.min} to ${kind.max} (${kind.unit}), "unknown" or null`;
    case 'object':
      return `an object with keys ${Object.keys(kind.members).join(', ')}`;
    case 'opaque':
      return kind.description;
  }
}

/** What a fact at a dotted path accepts, in words, for error messages. */
export function describeAllowed(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head === undefined) return 'an object of facts';
  if (!Object.hasOwn(INPUT_FACTS, head)) return `a known fact name (${Object.keys(INPUT_FACTS).length} are defined in SPEC §1)`;
  const kind: FactKind = INPUT_FACTS[head as keyof typeof INPUT_FACTS];
  if (head === 'opioidExposures' && third === 'type') return 'one of "short-acting", "long-acting", "depot-buprenorphine", "unknown"';
  if (head === 'opioidExposures' && third === 'lastUseAt') return SPECIAL['lastOpioidUseAt'] ?? '';
  if (kind.kind === 'object' && second !== undefined) {
    const member = Object.hasOwn(kind.members, second) ? kind.members[second] : undefined;
    if (member === undefined) return `a key among ${Object.keys(kind.members).join(', ')}`;
    if (head === 'cowsItems') return `one of ${COWS_ITEM_SCORES[second as keyof typeof COWS_ITEM_SCORES].join(', ')} (the scores ${second} allows), or null`;
    return describeKind(member);
  }
  return SPECIAL[head] ?? describeKind(kind);
}
