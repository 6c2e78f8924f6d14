/**
 * @recovery-rules/core/authoring: tools for people writing rule sets (the CLI's `lint`, the rule
 * playground), kept out of the synchronous entry because evaluating never needs them.
 * @packageDocumentation
 */
export { lintRuleSet } from './lint/lint-rule-set.js';
export type { LintFinding } from './lint/lint-finding.js';
