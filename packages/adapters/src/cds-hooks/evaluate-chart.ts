/**
 * From a request's prefetch to an assessment, synchronously: no fetch, no promise, nothing online. With no
 * usable prefetch the facts are only `evaluatedAt`, so every result is insufficient information.
 */
import { assessSync, FactsValidationError, type AssessmentReport, type AssessOptions } from '@recovery-rules/core';
import type { FhirFactProblem, FhirFactsMapper } from './fhir-facts.js';
import { CdsHooksError } from './errors.js';
import { prefetchContents, type PrefetchContents } from './prefetch-resources.js';
import { otherPatientIssues } from './same-patient.js';

/** The assessment and what the service learned about the data on the way. */
export interface ChartAssessment {
  readonly report: AssessmentReport;
  readonly prefetch: PrefetchContents;
  /** True when the prefetch held no FHIR resource at all. */
  readonly noData: boolean;
  readonly problems: readonly FhirFactProblem[];
}

interface AssessSettings {
  readonly evaluatedAt: string;
  /** The hook context's patient: every prefetched resource must belong to it. */
  readonly patientId: string;
  readonly factsFromFhir: FhirFactsMapper;
  readonly assessOptions: AssessOptions;
}

/**
 * Assesses `facts`; a fact core rejects is removed (so it is unknown, which never reassures) and reported as a
 * problem, and the rest is assessed again. Keeping the valid facts matters: one bad lab value must not hide an
 * emergency that other facts show.
 */
function assessDroppingInvalid(facts: Readonly<Record<string, unknown>>, options: AssessOptions): { report: AssessmentReport; problems: FhirFactProblem[] } {
  let remaining: Record<string, unknown> = { ...facts };
  const problems: FhirFactProblem[] = [];
  for (;;) {
    try {
      return { report: assessSync(remaining, options), problems };
    } catch (error) {
      if (!(error instanceof FactsValidationError)) throw error;
      const dropped = new Set(error.issues.map((issue) => issue.field.split('.')[0] ?? issue.field));
      if (dropped.has('evaluatedAt') || ![...dropped].some((key) => key in remaining)) throw error;
      problems.push(...error.issues.map((issue): FhirFactProblem => ({ kind: 'invalid', fact: issue.field, message: issue.message })));
      remaining = Object.fromEntries(Object.entries(remaining).filter(([key]) => !dropped.has(key)));
    }
  }
}

/**
 * Maps the prefetched resources to facts and assesses them.
 * @throws {@link CdsHooksError} `invalid-request` when a resource belongs to another patient.
 */
export function assessChart(prefetch: Readonly<Record<string, unknown>> | undefined, settings: AssessSettings): ChartAssessment {
  const contents = prefetchContents(prefetch);
  const foreign = otherPatientIssues(contents.resources, settings.patientId);
  if (foreign.length > 0) throw new CdsHooksError('invalid-request', "The prefetch holds another patient's data", foreign);
  if (contents.resources.length === 0) {
    const report = assessSync({ evaluatedAt: settings.evaluatedAt }, settings.assessOptions);
    return { report, prefetch: contents, noData: true, problems: [] };
  }
  const subject = settings.patientId.startsWith('Patient/') ? settings.patientId : `Patient/${settings.patientId}`;
  const mapped = settings.factsFromFhir(contents.resources, { evaluatedAt: settings.evaluatedAt, subject });
  const { report, problems } = assessDroppingInvalid({ ...mapped.facts, evaluatedAt: settings.evaluatedAt }, settings.assessOptions);
  return { report, prefetch: contents, noData: false, problems: [...mapped.problems, ...problems] };
}
