/**
 * Generates plausible, valid facts objects for benchmarks from the core's own fact vocabulary, so a new
 * fact is picked up without editing this file. Every fact is present with a fixed probability (absent facts
 * are unknown, as in real intake), answers lean to the benign value, times are spread around a fixed
 * evaluation moment, and numbers stay in plausible ranges, so every rule set sees a mix of outcomes.
 */
import { COWS_ITEM_SCORES, INPUT_FACTS, RELAPSE_SIGNS, type FactKind } from '@recovery-rules/core/sync';
import type { Random } from './random.js';

const EVALUATED_AT_MS = Date.parse('2025-03-15T12:00:00Z');
const HOUR_MS = 3_600_000;
const TIME_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'] as const;

/** Plausible ranges for numeric facts whose schema range is far wider than real values. */
const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  ageYears: [16, 80],
  altXuln: [0.3, 4],
  astXuln: [0.3, 4],
  bilirubinXuln: [0.2, 1.5],
  restingPulseBpm: [48, 140],
};

/** Enumeration values that mean "nothing wrong here"; real intake answers them far more often than not. */
const BENIGN_VALUES = new Set(['no', 'none', 'normal', 'alert', 'absent', 'negative', 'not-pregnant', 'none-or-mild']);
/** Probability of the benign value, tuned so that every rule set, urgent help included, sees a mix of outcomes. */
const BENIGN_CHANCE = 0.92;

function enumValue(values: readonly string[], random: Random): string {
  const benign = values.find((value) => BENIGN_VALUES.has(value));
  return benign !== undefined && random.chance(BENIGN_CHANCE) ? benign : random.pick(values);
}

const iso = (ms: number): string => new Date(ms).toISOString();

function hoursBefore(random: Random, now: number, maxHours: number): string {
  return iso(now - random.integer(0, maxHours) * HOUR_MS);
}

/** A value for a fact the vocabulary calls opaque (times, zone names, lists). */
function opaqueValue(name: string, random: Random, now: number): unknown {
  switch (name) {
    case 'evaluatedAt':
      return iso(now);
    case 'userTimeZone':
      return random.pick(TIME_ZONES);
    case 'lastOpioidUseAt':
      return hoursBefore(random, now, 40 * 24);
    case 'opioidExposures':
      return [{ type: random.pick(['short-acting', 'long-acting'] as const), lastUseAt: hoursBefore(random, now, 20 * 24) }];
    case 'naloxoneGivenAt':
    case 'lastOverdoseAt':
      return random.chance(0.7) ? null : hoursBefore(random, now, 90 * 24);
    case 'lastXrNtxInjectionAt':
      return hoursBefore(random, now, 60 * 24);
    default:
      throw new Error(`no generator for the opaque fact "${name}"`);
  }
}

function numberValue(name: string, kind: Extract<FactKind, { kind: 'number' }>, random: Random): number {
  const [min, max] = NUMBER_RANGES[name] ?? [kind.min, Math.min(kind.max, kind.min + 10)];
  const value = min + random.next() * (max - min);
  return kind.integer ? Math.round(value) : Math.round(value * 10) / 10;
}

function objectValue(name: string, random: Random, presence: number): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  if (name === 'cowsItems') {
    for (const [item, scores] of Object.entries(COWS_ITEM_SCORES)) if (random.chance(presence)) entries.push([item, random.chance(0.7) ? 0 : random.pick(scores)]);
  } else if (name === 'relapseSigns') {
    for (const sign of RELAPSE_SIGNS) if (random.chance(presence)) entries.push([sign, random.chance(0.8) ? 'no' : 'yes']);
  } else {
    throw new Error(`no generator for the object fact "${name}"`);
  }
  return Object.fromEntries(entries);
}

/**
 * One patient's facts. `presence` is the probability that each fact (and each COWS item or relapse sign)
 * is given; `evaluatedAt` is always given, since every time-reading rule set requires it.
 */
export function generatePatient(random: Random, presence = 0.9): Record<string, unknown> {
  const now = EVALUATED_AT_MS + random.integer(0, 365 * 24) * HOUR_MS;
  const facts: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(INPUT_FACTS) as [string, FactKind][]) {
    if (name !== 'evaluatedAt' && !random.chance(presence)) continue;
    if (kind.kind === 'enum') facts[name] = enumValue(kind.values, random);
    else if (kind.kind === 'number') facts[name] = numberValue(name, kind, random);
    else if (kind.kind === 'object') facts[name] = objectValue(name, random, presence);
    else facts[name] = opaqueValue(name, random, now);
  }
  // The core rejects a pulse rate that scores differently from the COWS pulse item; give only the item then.
  const items = facts['cowsItems'] as Record<string, unknown> | undefined;
  if (items?.['restingPulse'] !== undefined) delete facts['restingPulseBpm'];
  return facts;
}
