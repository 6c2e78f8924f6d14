/**
 * A safety property of the whole path: take the ready-for-naltrexone Bundle (eligible) and contradict any single
 * source. The contradicted fact becomes a conflict, is asked for again, and no rule set that needs it gives its
 * reassuring outcome: a disagreement is never resolved toward reassurance.
 */
import type { Observation, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { assessSync, builtInRuleSet, evaluateSync, type BuiltInRuleSetId } from '@recovery-rules/core';
import { describe, expect, it } from 'vitest';
import { CANONICAL, factsFromFhir } from '../../src/fhir/index.js';
import { fixture } from './helpers.js';

const evaluatedAt = '2026-03-12T12:00:00Z';
const resources = (fixture('naltrexone-ready.json').entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
const REASSURING: ReadonlySet<string> = new Set(['eligible', 'routine', 'none-detected', 'no-flags-identified']);
const SCT = 'http://snomed.info/sct';

function contradictObservation(o: Observation): Observation {
  const copy: Observation = { ...o, id: `${o.id}-contradicting` };
  if (o.valueQuantity?.value !== undefined) return { ...copy, valueQuantity: { ...o.valueQuantity, value: o.valueQuantity.value * 10 } };
  return { ...copy, valueCodeableConcept: { coding: [{ system: SCT, code: '10828004', display: 'Positive' }] } };
}

/** A second response that answers only `linkId`, with a different allowed code. */
function contradictAnswer(qr: QuestionnaireResponse, linkId: string): QuestionnaireResponse {
  const original = qr.item?.find((i) => i.linkId === linkId)?.answer?.[0];
  const dateTime = original?.valueDateTime;
  const answer = dateTime !== undefined ? { valueDateTime: '2026-03-11T20:00:00Z' } : { valueCoding: { system: CANONICAL.factValues, code: original?.valueCoding?.code === 'no' ? 'yes' : contradictCode(linkId, original?.valueCoding?.code) } };
  return { ...qr, id: `contradicts-${linkId}`, item: [{ linkId, answer: [answer] }] };
}

function contradictCode(linkId: string, code: string | undefined): string {
  const alternatives: Record<string, string> = {
    none: linkId === 'selfHarmThoughts' ? 'passive' : 'methadone',
    absent: 'present',
    'short-acting': 'long-acting',
    normal: linkId === 'breathingStatus' ? 'slow-or-shallow' : 'blue-gray-or-purple',
    alert: 'drowsy-but-rousable',
  };
  return alternatives[code ?? ''] ?? 'yes';
}

const baseline = evaluateSync('naltrexone-candidacy', factsFromFhir(resources, { evaluatedAt }).facts);
const intake = resources.find((r): r is QuestionnaireResponse => r.resourceType === 'QuestionnaireResponse')!;

const cases: [string, Resource][] = [
  ...resources.filter((r): r is Observation => r.resourceType === 'Observation').map((o): [string, Resource] => [`Observation/${o.id}`, contradictObservation(o)]),
  ...(intake.item ?? []).map((i): [string, Resource] => [`answer ${i.linkId}`, contradictAnswer(intake, i.linkId)]),
];

describe('contradicting any one source never yields a reassuring outcome that depends on it', () => {
  it('the uncontradicted Bundle is eligible', () => expect(baseline.outcome).toBe('eligible'));

  it.each(cases)('%s', (_name, contradiction) => {
    const mapping = factsFromFhir([...resources, contradiction], { evaluatedAt });
    const conflicts = mapping.problems.filter((p) => p.kind === 'conflict').map((p) => p.fact ?? '');
    expect(conflicts).toHaveLength(1);
    const fact = conflicts[0] ?? '';
    const report = assessSync(mapping.facts);
    expect(report.missingFacts).toContain(fact);
    // Optional facts (bilirubin, breastfeeding...) may stay unknown by design (SPEC §2); every other use may not reassure.
    const needing = Object.values(report.results).filter((r) => r.missingFacts.includes(fact) && !builtInRuleSet(r.ruleSet as BuiltInRuleSetId).optionalFacts.has(fact));
    for (const result of needing) expect(REASSURING.has(result.outcome), `${result.ruleSet} gave ${result.outcome}`).toBe(false);
  });
});
