/**
 * `urineOpioidScreen` from the urine drug tests. Positive when any current opioid test is positive. Negative
 * only when current tests cover every class in SCREEN_CLASSES and all are negative: a negative opiate
 * immunoassay says nothing about fentanyl. Anything in between is reported as incomplete, and a class with
 * both a positive and a negative current result is a conflict.
 */
import type { Observation } from '@medplum/fhirtypes';
import type { MappingPart } from '../mapping/fact-candidate.js';
import type { FhirSource } from '../mapping/mapping-types.js';
import { observationSource } from './observation-parts.js';
import { SCREEN_CLASSES, type ScreenClass } from './drug-screen-codes.js';
import { observationTimingProblem } from './observation-timing.js';
import { qualitativeResultOf, type Qualitative } from './qualitative-result.js';

const FACT = 'urineOpioidScreen';

/** A drug-screen Observation with the class its code tests for. */
export interface ScreenObservation {
  readonly observation: Observation;
  readonly screenClass: ScreenClass;
}

/** Adds the combined screen result (or the reason there is none) to `part`. */
export function mapDrugScreens(screens: readonly ScreenObservation[], evaluatedAtMs: number, maxAgeDays: number, part: MappingPart): void {
  if (screens.length === 0) return;
  const byClass = new Map<ScreenClass, { result: Qualitative; source: FhirSource }[]>();
  // Current tests that could not be read (unfinished, future-dated, no readable result): one of them may be
  // the positive, so they forbid a negative. A test that is merely old does not.
  const unread: FhirSource[] = [];
  for (const { observation, screenClass } of screens) {
    const timing = observationTimingProblem(observation, FACT, evaluatedAtMs, maxAgeDays);
    if (timing) {
      part.problems.push(timing);
      if (timing.kind !== 'stale') unread.push(observationSource(observation, 'status'));
      continue;
    }
    const result = qualitativeResultOf(observation);
    const source = observationSource(observation, 'value[x] / interpretation');
    if (result === undefined) {
      part.problems.push({ kind: 'invalid', fact: FACT, message: `${source.reference} (${screenClass} screen) has no readable positive/negative result.`, sources: [source] });
      unread.push(source);
      continue;
    }
    byClass.set(screenClass, [...(byClass.get(screenClass) ?? []), { result, source }]);
  }
  const readings = [...byClass.values()].flat();
  if (readings.length === 0) return;
  const conflicted = [...byClass].filter(([, rs]) => new Set(rs.map((r) => r.result)).size > 1);
  if (conflicted.length > 0) {
    const names = conflicted.map(([c]) => c).join(', ');
    const sources = conflicted.flatMap(([, rs]) => rs.map((r) => r.source));
    part.problems.push({ kind: 'conflict', fact: FACT, message: `${FACT} is left unknown: current ${names} results disagree.`, sources });
    return;
  }
  const positives = readings.filter((r) => r.result === 'positive');
  if (positives.length > 0) {
    for (const { source } of positives) part.candidates.push({ fact: FACT, value: 'positive', source });
    return;
  }
  const missing = SCREEN_CLASSES.filter((c) => !byClass.has(c));
  if (missing.length > 0) {
    part.problems.push({
      kind: 'incomplete',
      fact: FACT,
      message: `${FACT} is left unknown: the negative urine tests do not cover ${missing.join(', ')}, so opioid use cannot be ruled out.`,
      sources: readings.map((r) => r.source),
    });
    return;
  }
  if (unread.length > 0) {
    part.problems.push({
      kind: 'incomplete',
      fact: FACT,
      message: `${FACT} is left unknown: the tests read were negative, but ${unread.length} current test(s) could not be read and may not be.`,
      sources: [...readings.map((r) => r.source), ...unread],
    });
    return;
  }
  for (const { source } of readings) part.candidates.push({ fact: FACT, value: 'negative', source });
}
