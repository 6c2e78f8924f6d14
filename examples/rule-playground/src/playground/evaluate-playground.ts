/**
 * One pass of the playground: check both texts, and evaluate only when both are free of errors, so an
 * outcome is never shown for input the SDK would refuse.
 */
import { evaluateRuleSetSync, FactsValidationError, type EvaluationResult, type OutcomeDefinition, type RuleSet } from '@recovery-rules/core/sync';
import { checkRuleSet } from './check-rule-set.js';
import { factsProblems } from './facts-problems.js';
import { parseJsonText } from './parse-json-text.js';
import type { Problem } from './problem.js';

/** The result of one pass: the problems, and the evaluation when there were no errors. */
export interface PlaygroundState {
  readonly problems: readonly Problem[];
  readonly evaluation?: {
    readonly ruleSet: RuleSet;
    readonly result: EvaluationResult;
    /** How the rule set defines the winning outcome (severity, whether it is reassuring). */
    readonly outcome: OutcomeDefinition;
  };
}

const evaluationProblem = (message: string, editor: Problem['editor'] = 'facts'): Problem => ({
  editor,
  kind: 'evaluation',
  severity: 'error',
  position: { line: 1, column: 1 },
  message: `The SDK could not ${editor === 'facts' ? 'evaluate these facts' : 'check this rule set'}: ${message}`,
});

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Checks the rule set and facts texts and evaluates them synchronously with the SDK. */
export function evaluatePlayground(ruleSetText: string, factsText: string): PlaygroundState {
  let checked: ReturnType<typeof checkRuleSet>;
  try {
    checked = checkRuleSet(ruleSetText);
  } catch (error) {
    checked = { ok: false, problems: [evaluationProblem(messageOf(error), 'rule-set')] };
  }
  const facts = parseJsonText('facts', factsText);
  const problems = [...(checked.ok ? checked.warnings : checked.problems), ...(facts.ok ? [] : facts.problems)];
  if (!checked.ok || !facts.ok) return { problems };
  let result: EvaluationResult;
  try {
    result = evaluateRuleSetSync(checked.ruleSet, facts.value);
  } catch (error) {
    if (error instanceof FactsValidationError) return { problems: [...problems, ...factsProblems(factsText, error.issues)] };
    return { problems: [...problems, evaluationProblem(messageOf(error))] };
  }
  const outcome = checked.ruleSet.outcomes.find((o) => o.id === result.outcome);
  if (!outcome) return { problems: [...problems, evaluationProblem(`the outcome "${result.outcome}" is not declared by the rule set`)] };
  return { problems, evaluation: { ruleSet: checked.ruleSet, result, outcome } };
}
