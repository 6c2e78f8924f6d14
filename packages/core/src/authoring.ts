/**
 * @recovery-rules/core/authoring: tools for people writing rule sets (the CLI's `lint`, the rule
 * playground), kept out of the synchronous entry because evaluating never needs them.
 * @packageDocumentation
 */
export { lintRuleSet } from './lint/lint-rule-set.js';
export type { LintFinding } from './lint/lint-finding.js';
// The zod facts schema (SPEC §1), kept out of the synchronous entry: parseFacts validates without zod.
export { factsSchema, type FactsInput } from './facts/schema.js';
