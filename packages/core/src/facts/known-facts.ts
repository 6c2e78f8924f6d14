/**
 * Facts after parsing: every unknown value (`"unknown"`, `null`, or left out) is simply absent, so the rest
 * of the SDK has exactly one representation of "unknown".
 */
import type { CowsItemName, RelapseSignName } from './vocabulary.js';
import type { FactsInput } from './schema.js';

type Known<T> = Exclude<T, 'unknown' | null | undefined>;

/** A past event that either happened at an instant or is known never to have happened. */
export type EventTime = string | 'never';

/** One opioid exposure with its type and time of last use, each possibly unknown. */
export interface KnownOpioidExposure {
  readonly type?: 'short-acting' | 'long-acting' | 'depot-buprenorphine';
  readonly lastUseAt?: string;
}

type Special = 'cowsItems' | 'relapseSigns' | 'opioidExposures' | 'naloxoneGivenAt' | 'lastOverdoseAt' | 'evaluatedAt' | 'userTimeZone';

/** Parsed facts with unknowns removed. */
export type KnownFacts = {
  readonly [K in Exclude<keyof FactsInput, Special>]?: Known<FactsInput[K]>;
} & {
  /** The moment of evaluation; rule sets that read time refuse to run without it. */
  readonly evaluatedAt?: string;
  readonly userTimeZone?: string;
  readonly cowsItems?: Readonly<Partial<Record<CowsItemName, number>>>;
  readonly relapseSigns?: Readonly<Partial<Record<RelapseSignName, 'yes' | 'no'>>>;
  readonly opioidExposures?: readonly KnownOpioidExposure[];
  /** `null` and `"never"` both mean no naloxone rescue has happened. */
  readonly naloxoneGivenAt?: EventTime;
  /** `null` and `"never"` both mean no overdose has happened. */
  readonly lastOverdoseAt?: EventTime;
};

const isUnknown = (value: unknown) => value === undefined || value === null || value === 'unknown';

function withoutUnknowns(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!isUnknown(value)) out[key] = value;
  return out;
}

function isGroup<T extends object>(value: T | 'unknown' | null | undefined): value is T {
  return typeof value === 'object' && value !== null;
}

/** Removes every unknown value from parsed facts, keeping the "no event" meaning of null event times. */
export function toKnownFacts(parsed: FactsInput): KnownFacts {
  const { cowsItems, relapseSigns, opioidExposures, naloxoneGivenAt, lastOverdoseAt, ...rest } = parsed;
  const out: Record<string, unknown> = withoutUnknowns(rest);
  if (isGroup(cowsItems)) out['cowsItems'] = withoutUnknowns(cowsItems);
  if (isGroup(relapseSigns)) out['relapseSigns'] = withoutUnknowns(relapseSigns);
  if (Array.isArray(opioidExposures)) out['opioidExposures'] = opioidExposures.map((exposure) => withoutUnknowns(exposure));
  for (const [key, value] of [['naloxoneGivenAt', naloxoneGivenAt], ['lastOverdoseAt', lastOverdoseAt]] as const) {
    if (value === null || value === 'never') out[key] = 'never';
    else if (value !== undefined && value !== 'unknown') out[key] = value;
  }
  return out as KnownFacts;
}
