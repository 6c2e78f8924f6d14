/**
 * `pregnancyStatus` from a pregnancy-status Observation (82810-3) or a pregnancy test. These go stale fast,
 * so they have their own, short age limit. An answer of "unknown" or an unreadable value sets nothing.
 */
import type { Observation } from '@medplum/fhirtypes';
import { codingsOf } from '../mapping/code-systems.js';
import type { MappingPart } from '../mapping/fact-candidate.js';
import { observationSource } from './observation-parts.js';
import { observationTimingProblem } from './observation-timing.js';
import { PREGNANCY_STATUS_ANSWERS } from './pregnancy-observation-codes.js';
import { qualitativeResultOf } from './qualitative-result.js';

const FACT = 'pregnancyStatus';
/** SNOMED CT 261665006 Unknown: an explicit "don't know", which leaves the fact unknown without a problem. */
const UNKNOWN_SNOMED = '261665006';

function statusAnswer(observation: Observation): 'pregnant' | 'not-pregnant' | undefined {
  const values = new Set(
    codingsOf(observation.valueCodeableConcept).flatMap((c) => PREGNANCY_STATUS_ANSWERS.filter((a) => a.system === c.system && a.code === c.code).map((a) => a.value)),
  );
  return values.size === 1 ? [...values][0] : undefined;
}

/** Adds what one pregnancy Observation says to `part`. */
export function mapPregnancyObservation(observation: Observation, kind: 'status' | 'test', evaluatedAtMs: number, maxAgeDays: number, part: MappingPart): void {
  const timing = observationTimingProblem(observation, FACT, evaluatedAtMs, maxAgeDays);
  if (timing) {
    part.problems.push(timing);
    return;
  }
  if (codingsOf(observation.valueCodeableConcept).some((c) => c.system === 'http://snomed.info/sct' && c.code === UNKNOWN_SNOMED)) return;
  const source = observationSource(observation, kind === 'status' ? 'valueCodeableConcept' : 'value[x] / interpretation');
  const value = kind === 'status' ? statusAnswer(observation) : qualitativeResultOf(observation);
  if (value === undefined) {
    part.problems.push({ kind: 'invalid', fact: FACT, message: `${source.reference} gives no readable pregnancy result; ${FACT} not set from it.`, sources: [source] });
    return;
  }
  part.candidates.push({ fact: FACT, value: value === 'positive' ? 'pregnant' : value === 'negative' ? 'not-pregnant' : value, source });
}
