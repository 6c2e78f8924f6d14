/**
 * Whether an Observation may be used at all: its status is final (or amended/corrected), its time is known and
 * complete, it is not in the future, and it is not older than the age limit for its kind.
 */
import type { Observation } from '@medplum/fhirtypes';
import { daysBetween, earliestInstantOf } from '../mapping/fhir-time.js';
import type { FhirProblem } from '../mapping/mapping-types.js';
import { observationSource } from './observation-parts.js';

const USABLE_STATUSES: ReadonlySet<string> = new Set(['final', 'amended', 'corrected']);

/** When the Observation applies: the effective time (the end of a period), else undefined. */
export function effectiveTimeOf(observation: Observation): string | undefined {
  return observation.effectiveDateTime ?? observation.effectiveInstant ?? observation.effectivePeriod?.end ?? observation.effectivePeriod?.start;
}

/**
 * A problem that stops `observation` from supplying `fact`, or undefined when it is usable.
 * @param maxAgeDays - the age limit for this kind of result, in days before `evaluatedAtMs`.
 */
export function observationTimingProblem(observation: Observation, fact: string, evaluatedAtMs: number, maxAgeDays: number): FhirProblem | undefined {
  const source = observationSource(observation, 'effective[x]');
  const problem = (kind: FhirProblem['kind'], message: string): FhirProblem => ({ kind, fact, message, sources: [source] });
  if (!USABLE_STATUSES.has(observation.status)) {
    return problem('invalid', `${source.reference} has status "${observation.status}", not a final result, so it was not used for ${fact}.`);
  }
  const effective = effectiveTimeOf(observation);
  const at = earliestInstantOf(effective);
  if (at === undefined) {
    return problem('invalid', `${source.reference} has no complete effective time (got ${JSON.stringify(effective ?? null)}), so its age cannot be judged; not used for ${fact}.`);
  }
  if (at > evaluatedAtMs) return problem('invalid', `${source.reference} is dated ${effective}, after the evaluation time; not used for ${fact}.`);
  const age = daysBetween(at, evaluatedAtMs);
  if (age > maxAgeDays) {
    return problem('stale', `${source.reference} (${effective}) is ${Math.floor(age)} days old, over the ${maxAgeDays}-day limit; not used for ${fact}.`);
  }
  return undefined;
}
