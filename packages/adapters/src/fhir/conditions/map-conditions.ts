/**
 * Conditions to liver and pregnancy facts. Only a current Condition counts (clinicalStatus active, recurrence
 * or relapse, or none given and no abatement), and any verification status except refuted or
 * entered-in-error: a provisional diagnosis of liver failure is a reason for caution. The absence of a
 * Condition never sets a fact to "no".
 */
import type { Coding, Condition } from '@medplum/fhirtypes';
import { SYSTEMS, codingsOf } from '../mapping/code-systems.js';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { daysBetween, earliestInstantOf } from '../mapping/fhir-time.js';
import type { FhirProblem } from '../mapping/mapping-types.js';
import { sourceOf } from '../mapping/source-of.js';
import { unmappedCodes } from '../mapping/unmapped.js';
import { ICD10_PREFIXES, SNOMED_CONDITIONS, type ConditionFact } from './condition-codes.js';

const CURRENT: ReadonlySet<string> = new Set(['active', 'recurrence', 'relapse']);
const DISCOUNTED: ReadonlySet<string> = new Set(['refuted', 'entered-in-error']);

function factOf(coding: Coding): ConditionFact | undefined {
  if (coding.code === undefined) return undefined;
  if (coding.system === SYSTEMS.snomed) return SNOMED_CONDITIONS.get(coding.code);
  if (coding.system === SYSTEMS.icd10 || coding.system === SYSTEMS.icd10cm) {
    const code = coding.code.toUpperCase().replace('.', '');
    return ICD10_PREFIXES.find((p) => code.startsWith(p.prefix.replace('.', '')));
  }
  return undefined;
}

/** Whether the Condition applies now. */
function isCurrent(condition: Condition): boolean {
  if (codingsOf(condition.verificationStatus).some((c) => c.system === SYSTEMS.conditionVerification && c.code !== undefined && DISCOUNTED.has(c.code))) return false;
  const clinical = codingsOf(condition.clinicalStatus).find((c) => c.system === SYSTEMS.conditionClinical)?.code;
  if (clinical !== undefined) return CURRENT.has(clinical);
  const abated = [condition.abatementDateTime, condition.abatementPeriod, condition.abatementString, condition.abatementAge, condition.abatementRange];
  return abated.every((value) => value === undefined);
}

/** For a value limited to a time after onset: why it cannot be used (no onset date, or too long ago). */
function onsetWindowProblem(condition: Condition, fact: ConditionFact, evaluatedAtMs: number): Pick<FhirProblem, 'kind' | 'message'> | undefined {
  if (fact.withinDaysOfOnset === undefined) return undefined;
  const ref = `Condition/${condition.id ?? ''}`;
  const onset = earliestInstantOf(condition.onsetDateTime ?? condition.onsetPeriod?.start);
  if (onset === undefined) return { kind: 'incomplete', message: `${ref} has no full onset date, so "${fact.value}" cannot be confirmed.` };
  if (daysBetween(onset, evaluatedAtMs) > fact.withinDaysOfOnset) {
    return { kind: 'stale', message: `${ref} began more than ${fact.withinDaysOfOnset} days before the evaluation, so it no longer establishes "${fact.value}".` };
  }
  return undefined;
}

/** Maps every Condition; unrecognised codes are listed, recognised but inactive ones are simply not current. */
export function mapConditions(conditions: readonly Condition[], evaluatedAtMs: number): MappingPart {
  const part = emptyPart();
  for (const condition of conditions) {
    const matches = codingsOf(condition.code).flatMap((coding, index) => {
      const fact = factOf(coding);
      return fact ? [{ fact, index }] : [];
    });
    if (matches.length === 0) {
      part.unmapped.push(...unmappedCodes(condition, condition.code));
      continue;
    }
    if (!isCurrent(condition)) continue;
    const seen = new Set<string>();
    for (const { fact, index } of matches) {
      if (seen.has(fact.fact)) continue;
      seen.add(fact.fact);
      const source = sourceOf(condition, `code.coding[${index}]`);
      const window = onsetWindowProblem(condition, fact, evaluatedAtMs);
      if (window) part.problems.push({ ...window, fact: fact.fact, sources: [source] });
      else part.candidates.push({ fact: fact.fact, value: fact.value, source });
    }
  }
  return part;
}
