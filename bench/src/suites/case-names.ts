/** Case names shared by the suites, the goal checks and the smoke checks. */
export const CASES = {
  rawEngine: 'raw json-rules-engine (one engine, await run)',
  jsonLogic: 'json-logic-js',
  handWritten: 'hand-written TypeScript',
  sdkCompiled: 'SDK compiled logic only (compileRuleSet().decide)',
  sdkCompiledTrace: 'SDK compiled logic with trace (compileRuleSet().decideWithTrace)',
  sdkSync: 'SDK evaluateSync, with trace',
  sdkSyncNoTrace: 'SDK evaluateSync, trace: false',
  sdkAsync: 'SDK evaluate (json-rules-engine path)',
  assessSync: 'SDK assessSync, with trace',
  assessSyncNoTrace: 'SDK assessSync, trace: false',
  assessAsync: 'SDK assess (json-rules-engine path)',
  sumOfParts: 'sum of parts: evaluateSync of each of the six',
} as const;
