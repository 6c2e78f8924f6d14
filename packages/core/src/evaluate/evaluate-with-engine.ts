/**
 * The reference evaluator: every leaf through json-rules-engine (loaded lazily), turned into three-valued
 * truth by the interpreter, then the same assembly as the compiled path. Kept apart from the synchronous
 * modules so that nothing the `./sync` entry reaches can load the engine.
 */
import type { KnownFacts } from '../facts/known-facts.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { conditionTruth, InterpretedRule } from './condition-truth.js';
import { assemble, decidedRules, outcomeFactIds, prepare, type EvaluationContext } from './evaluate-rule-set.js';
import { engineOracle } from './leaf-oracle.js';
import type { EvaluationResult } from './result.js';
import type { RuleEvaluation } from './rule-status.js';
import { runEngine } from './run-engine.js';

/** The evaluation context of the engine path: other rule sets' outcomes come through the engine too. */
export interface EngineContext extends EvaluationContext {
  /** Resolves another rule set's outcome for the same facts through json-rules-engine (memoised). */
  readonly outcomeOf: (ruleSetId: string) => Promise<string>;
}

const ALWAYS = { all: [] };

/** Evaluates `ruleSet` for already-parsed facts with json-rules-engine, the reference evaluator. */
export async function evaluateParsed<O extends string>(ruleSet: RuleSet<O>, facts: KnownFacts, context: EngineContext): Promise<EvaluationResult<O>> {
  const derivation = prepare(ruleSet as RuleSet, facts, context);
  const outcomes = await Promise.all(outcomeFactIds(ruleSet as RuleSet).map(async ([fact, id]) => [fact, await context.outcomeOf(id)] as const));
  const values = { ...facts, ...derivation.values, ...Object.fromEntries(outcomes) };
  const trees = await runEngine(ruleSet as RuleSet, values);
  const evaluations: RuleEvaluation<O>[] = decidedRules(ruleSet).map((rule) => {
    const outcome = conditionTruth(rule.conditions ?? ALWAYS, engineOracle(trees.get(rule.id)), values, ruleSet as RuleSet);
    return new InterpretedRule(rule, ruleSet, outcome, values, context.trace);
  });
  return assemble(ruleSet, facts, derivation, evaluations, context);
}
