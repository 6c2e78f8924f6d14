/**
 * @recovery-rules/adapters/fhir: work in progress (issue 5); nothing is exported yet.
 * @packageDocumentation
 */
export {};
