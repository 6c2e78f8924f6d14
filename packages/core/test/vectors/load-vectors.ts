/**
 * The canonical SPEC test vectors (a byte-for-byte copy of shared/clinical/vectors.json), merged into facts
 * as SPEC §5 describes: baseline overlaid with input, shallowly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the committed copy. */
export const VECTORS_PATH = fileURLToPath(new URL('./vectors.json', import.meta.url));

/** One vector, with its facts already merged. */
export interface Vector {
  readonly id: string;
  readonly ruleSetLetter: string;
  readonly ruleSetId: string;
  readonly facts: Record<string, unknown>;
  readonly expected: Record<string, unknown> & { outcome: string; ruleIds?: string[]; missing?: string[] };
  readonly note: string;
}

const RULE_SET_IDS: Record<string, string> = {
  A: 'naltrexone-candidacy',
  B: 'waiting-period',
  C: 'urgent-help',
  D: 'relapse-warnings',
  E: 'cows',
  F: 'overdose-risk',
};

interface VectorFile {
  baselines: Record<string, Record<string, unknown>>;
  vectors: { id: string; ruleSet: string; base: string | null; input: Record<string, unknown>; expected: Vector['expected']; note: string }[];
}

/** Every vector, in file order. */
export function loadVectors(): Vector[] {
  const file = JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as VectorFile;
  return file.vectors.map((v) => ({
    id: v.id,
    ruleSetLetter: v.ruleSet,
    ruleSetId: RULE_SET_IDS[v.ruleSet] ?? v.ruleSet,
    facts: { ...(v.base ? file.baselines[v.base] : {}), ...v.input },
    expected: v.expected,
    note: v.note,
  }));
}
