/**
 * @recovery-rules/adapters/http: work in progress (issue 5); nothing is exported yet.
 * @packageDocumentation
 */
export {};
