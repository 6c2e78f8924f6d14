/**
 * @recovery-rules/core: a safety-first rules engine for naltrexone candidacy, opioid waiting periods, urgent
 * help and relapse warning signs. The main entry is the synchronous API (see `./sync`) plus the async
 * evaluators that run json-rules-engine, the reference evaluator, which is loaded on first use.
 * @packageDocumentation
 */
export * from './sync.js';
export { evaluate, evaluateRuleSet } from './api/evaluate-async.js';
export { assess } from './api/assess-async.js';
// Authoring only: generating the JSON Schema pulls in zod's converter, which browser bundles don't need
// (the committed schema ships as `@recovery-rules/core/rule-set.schema.json`).
export { ruleSetJsonSchema } from './rule-set/json-schema.js';
