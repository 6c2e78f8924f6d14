/** The machine-readable part of a result as a FHIR Parameters resource (GuidanceResponse.outputParameters). */
import type { Parameters, ParametersParameter } from '@medplum/fhirtypes';
import type { EvaluationResult } from '@recovery-rules/core';

/** Parameters carrying outcome, rules, flags, dates and totals; `references` are added as valueReference. */
export function outputParametersFor(result: EvaluationResult, id: string, references: Readonly<Record<string, string>>): Parameters {
  const p: ParametersParameter[] = [
    { name: 'ruleSet', valueString: result.ruleSet },
    { name: 'ruleSetVersion', valueString: result.ruleSetVersion },
    { name: 'ruleSetHash', valueString: result.ruleSetHash },
    { name: 'outcome', valueCode: result.outcome },
    ...result.firedRules.map((rule) => ({ name: 'firedRule', valueString: rule })),
    ...result.unknownRules.map((rule) => ({ name: 'unknownRule', valueString: rule })),
    ...result.flags.map((flag) => ({ name: 'flag', valueString: flag })),
    ...result.missingFacts.map((fact) => ({ name: 'missingFact', valueString: fact })),
  ];
  if (result.earliestStartAt !== undefined) p.push({ name: 'earliestStartAt', valueDateTime: result.earliestStartAt });
  if (result.recommendedStartAt !== undefined) p.push({ name: 'recommendedStartAt', valueDateTime: result.recommendedStartAt });
  if (result.earliestStartDate !== undefined) p.push({ name: 'earliestStartDate', valueDate: result.earliestStartDate });
  if (result.recommendedStartDate !== undefined) p.push({ name: 'recommendedStartDate', valueDate: result.recommendedStartDate });
  if (result.displayTimeZone !== undefined) p.push({ name: 'displayTimeZone', valueString: result.displayTimeZone });
  if (result.total !== undefined) p.push({ name: 'total', valueInteger: result.total });
  if (result.minTotal !== undefined) p.push({ name: 'minTotal', valueInteger: result.minTotal });
  if (result.maxTotal !== undefined) p.push({ name: 'maxTotal', valueInteger: result.maxTotal });
  for (const [name, reference] of Object.entries(references)) p.push({ name, valueReference: { reference } });
  return { resourceType: 'Parameters', id, parameter: p };
}
