/**
 * @recovery-rules/adapters/cds-hooks: work in progress (issue 5); nothing is exported yet.
 * @packageDocumentation
 */
export {};
