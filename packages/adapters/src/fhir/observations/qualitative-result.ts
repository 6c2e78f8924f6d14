/**
 * Reads a qualitative lab result (positive/negative) from an Observation: a SNOMED CT qualifier in
 * valueCodeableConcept, a plain valueString, or the v3 interpretation POS/NEG. When these disagree, or none
 * can be read, the result is unreadable and nothing is guessed.
 */
import type { Observation } from '@medplum/fhirtypes';
import { SYSTEMS, codingsOf } from '../mapping/code-systems.js';

/** A qualitative result. */
export type Qualitative = 'positive' | 'negative';

/** SNOMED CT qualifier values: 10828004 Positive, 260373001 Detected, 260385009 Negative, 260415000 Not detected. */
const SNOMED_QUALIFIERS: Readonly<Record<string, Qualitative>> = {
  '10828004': 'positive',
  '260373001': 'positive',
  '260385009': 'negative',
  '260415000': 'negative',
};
const INTERPRETATIONS: Readonly<Record<string, Qualitative>> = { POS: 'positive', DET: 'positive', NEG: 'negative', ND: 'negative' };
const STRINGS: Readonly<Record<string, Qualitative>> = { positive: 'positive', detected: 'positive', negative: 'negative', 'not detected': 'negative' };

/** The result, or undefined when it is missing, unrecognised or self-contradictory. */
export function qualitativeResultOf(observation: Observation): Qualitative | undefined {
  const readings = new Set<Qualitative>();
  for (const c of codingsOf(observation.valueCodeableConcept)) {
    const value = c.system === SYSTEMS.snomed && c.code !== undefined ? SNOMED_QUALIFIERS[c.code] : undefined;
    if (value) readings.add(value);
  }
  const text = observation.valueString?.trim().toLowerCase();
  if (text !== undefined && STRINGS[text]) readings.add(STRINGS[text]);
  for (const concept of observation.interpretation ?? []) {
    for (const c of codingsOf(concept)) {
      const value = c.system === SYSTEMS.interpretation && c.code !== undefined ? INTERPRETATIONS[c.code] : undefined;
      if (value) readings.add(value);
    }
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}
