/**
 * The mapping's problems and unmapped codes as an OperationOutcome (GuidanceResponse.evaluationMessage), so a
 * FHIR client sees why a fact was left unknown next to the guidance that depends on it.
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FhirMapping, FhirProblemKind } from '../mapping/mapping-types.js';

const ISSUE_CODE: Readonly<Record<FhirProblemKind, OperationOutcomeIssue['code']>> = {
  stale: 'expired',
  conflict: 'conflict',
  invalid: 'invalid',
  incomplete: 'incomplete',
};

/** One warning per problem and one information issue per unmapped code; `informational` when there are none. */
export function evaluationMessageFor(mapping: FhirMapping, id: string): OperationOutcome {
  const issues: OperationOutcomeIssue[] = [
    ...mapping.problems.map((p): OperationOutcomeIssue => ({
      severity: 'warning',
      code: ISSUE_CODE[p.kind],
      diagnostics: p.message,
      ...(p.sources.length > 0 && { expression: p.sources.map((s) => s.reference) }),
    })),
    ...mapping.unmapped.map((u): OperationOutcomeIssue => ({
      severity: 'information',
      code: 'not-supported',
      diagnostics: `Not mapped: ${u.resourceType}/${u.id} code ${u.system || '(no system)'}|${u.code || '(no code)'}${u.display ? ` "${u.display}"` : ''}.`,
    })),
  ];
  if (issues.length === 0) issues.push({ severity: 'information', code: 'informational', diagnostics: 'All supplied FHIR data was mapped without problems.' });
  return { resourceType: 'OperationOutcome', id, issue: issues };
}
