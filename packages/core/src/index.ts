/**
 * @recovery-rules/core: a safety-first rules engine for naltrexone candidacy, opioid waiting periods, urgent
 * help and relapse warning signs. The main entry is the synchronous API (see `./sync`) plus the async
 * evaluators that run json-rules-engine, the reference evaluator, which is loaded on first use, and it
 * bundles every message catalog (`locale: 'es'` needs nothing more here).
 * @packageDocumentation
 */
export * from './sync.js';
// These shadow the synchronous entry's functions of the same names: here `locale: 'es'` alone renders the
// bundled Spanish catalog, which the synchronous entry leaves out (it asks for `messages` instead).
export { assess, assessSync, evaluate, evaluateRuleSet, evaluateRuleSetSync, evaluateSync } from './main-entry/bundled-locales.js';
export { spanishCatalog, spanishMessages } from './messages/spanish.js';
// Authoring only. Lint is also `@recovery-rules/core/authoring`; generating the JSON Schema pulls in zod's converter, which browser bundles don't need
// (the committed schema ships as `@recovery-rules/core/rule-set.schema.json`).
export { lintRuleSet, type LintFinding } from './authoring.js';
export { ruleSetJsonSchema } from './rule-set/json-schema.js';
// The zod facts schema, for apps that compose it into their own zod schemas; parseFacts does not need it.
export { factsSchema } from './facts/schema.js';
