/**
 * A liver test as a multiple of the upper limit of normal: value / referenceRange.high, both in the same unit.
 * A missing or ambiguous upper limit is never replaced by a "typical" one, and the ratio is not rounded.
 */
import type { Observation, Quantity } from '@medplum/fhirtypes';
import { SYSTEMS, codingsOf } from '../mapping/code-systems.js';
import type { MappingPart } from '../mapping/fact-candidate.js';
import { observationSource } from './observation-parts.js';
import type { LiverLab } from './liver-lab-codes.js';
import { observationTimingProblem } from './observation-timing.js';

/** True for a range that states the normal range (no `type`, or type `normal`). */
function isNormalRange(range: NonNullable<Observation['referenceRange']>[number]): boolean {
  const codings = codingsOf(range.type);
  return codings.length === 0 || codings.some((c) => c.system === SYSTEMS.referenceRangeMeaning && c.code === 'normal');
}

/** The unit a quantity is in, as a comparable key: the coded unit when there is one, else the printed unit. */
function unitKey(quantity: Quantity): string | undefined {
  if (quantity.code !== undefined) return `${quantity.system ?? ''}|${quantity.code}`;
  return quantity.unit;
}

/**
 * Whether two quantities are in the same unit: by system and code when both are coded, otherwise by the
 * exact printed unit (or code); undefined when either states no unit at all. Units are never converted.
 */
function sameUnit(a: Quantity, b: Quantity): boolean | undefined {
  if (a.code !== undefined && b.code !== undefined) return unitKey(a) === unitKey(b);
  const printedA = a.unit ?? a.code;
  const printedB = b.unit ?? b.code;
  return printedA === undefined || printedB === undefined ? undefined : printedA === printedB;
}

/** Why the ratio cannot be computed, or the ratio. */
function ratioOf(observation: Observation, lab: LiverLab): { ratio: number } | { reason: string } {
  const value = observation.valueQuantity;
  if (value?.value === undefined) return { reason: `has no numeric valueQuantity${observation.dataAbsentReason ? ' (dataAbsentReason given)' : ''}` };
  if (value.comparator !== undefined) return { reason: `reports "${value.comparator}${value.value}", a bound rather than a value` };
  const highs = (observation.referenceRange ?? []).filter(isNormalRange).flatMap((r) => (r.high ? [r.high] : []));
  if (highs.length === 0) return { reason: `has no referenceRange.high, and no upper limit of normal is assumed for ${lab.name}` };
  const distinct = new Set(highs.map((h) => `${h.value}|${unitKey(h)}`));
  if (distinct.size > 1) return { reason: `has ${distinct.size} different normal ranges, so the upper limit is ambiguous` };
  const high = highs[0] as Quantity;
  if (high.value === undefined || !(high.value > 0)) return { reason: 'has a referenceRange.high that is not a positive number' };
  const unitsMatch = sameUnit(value, high);
  if (unitsMatch === undefined) return { reason: 'does not state the unit of both the value and the range' };
  if (!unitsMatch) return { reason: `has its value in ${value.unit ?? value.code} but its range in ${high.unit ?? high.code}` };
  return { ratio: value.value / high.value };
}

/** Adds what one liver-test Observation says about `lab.fact` to `part`. */
export function mapLiverLab(observation: Observation, lab: LiverLab, evaluatedAtMs: number, maxLabAgeDays: number, part: MappingPart): void {
  const timing = observationTimingProblem(observation, lab.fact, evaluatedAtMs, maxLabAgeDays);
  if (timing) {
    part.problems.push(timing);
    return;
  }
  const result = ratioOf(observation, lab);
  const source = observationSource(observation, 'valueQuantity / referenceRange.high');
  if ('reason' in result) {
    part.problems.push({ kind: 'invalid', fact: lab.fact, message: `${source.reference} (${lab.name}) ${result.reason}; ${lab.fact} not set from it.`, sources: [source] });
  } else {
    part.candidates.push({ fact: lab.fact, value: result.ratio, source });
  }
}
