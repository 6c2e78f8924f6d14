/**
 * `assess(facts)` through json-rules-engine, the reference evaluator: the same report as `assessSync`.
 */
import type { EvaluationResult } from '../evaluate/result.js';
import { parseFacts } from '../facts/parse-facts.js';
import type { BuiltInRuleSetId } from '../rule-sets/outcomes.js';
import { ASSESSMENT_ORDER, combine, type AssessOptions } from './assess.js';
import type { AssessmentReport } from './assessment-report.js';
import { createEngineSession } from './engine-session.js';

/**
 * Runs all six built-in rule sets for the same facts (through json-rules-engine, the reference evaluator)
 * and combines them.
 * @throws {@link FactsValidationError} when any fact is invalid (including a COWS score: evaluate `cows` on
 *   its own to get the invalid-input outcome).
 */
export async function assess(facts: unknown, options: AssessOptions = {}): Promise<AssessmentReport> {
  const parsed = parseFacts(facts);
  const session = createEngineSession(parsed, options);
  const results: Partial<Record<BuiltInRuleSetId, EvaluationResult>> = {};
  for (const id of ASSESSMENT_ORDER) results[id] = await session.resultOf(id);
  return combine(parsed, session, results);
}

