/**
 * Canonical URLs for what this package publishes in FHIR: the Questionnaire, the code systems for outcomes,
 * rules and fact values, and the rule sets as modules. The base is a placeholder under the reserved
 * `.example` domain until the project has a published FHIR home; change it in one place.
 */

/** The base of every canonical URL this package emits. */
export const FHIR_CANONICAL_BASE = 'https://recovery-rules.example/fhir';

/** Canonical URLs and code systems, derived from {@link FHIR_CANONICAL_BASE}. */
export const CANONICAL = {
  questionnaire: `${FHIR_CANONICAL_BASE}/Questionnaire/recovery-facts`,
  factValues: `${FHIR_CANONICAL_BASE}/CodeSystem/fact-values`,
  rules: `${FHIR_CANONICAL_BASE}/CodeSystem/rules`,
  flags: `${FHIR_CANONICAL_BASE}/CodeSystem/flags`,
  outcomes: (ruleSet: string) => `${FHIR_CANONICAL_BASE}/CodeSystem/outcomes/${ruleSet}`,
  ruleSet: (ruleSet: string, version: string) => `${FHIR_CANONICAL_BASE}/rule-sets/${ruleSet}/${version}`,
} as const;
