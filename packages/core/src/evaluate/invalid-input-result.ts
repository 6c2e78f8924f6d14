/**
 * Rule sets such as COWS answer an invalid score with an outcome (SPEC E-1/E-ERR: "invalid-input") rather
 * than an error, so an app can ask the person to re-enter it. Only the facts the rule set names qualify:
 * any other invalid fact is still a {@link FactsValidationError}.
 */
import type { FactIssue } from '../facts/errors.js';
import { FactsValidationError } from '../facts/errors.js';
import type { ContactPhrases } from '../emergency/contact-phrases.js';
import type { MessageCatalog } from '../messages/catalog.js';
import type { TimePolicy } from '../derive/time-policy.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { renderMessages } from './render-messages.js';
import type { EvaluationResult } from './result.js';

/** The invalid-input result for `error`, or undefined when the rule set does not answer it with an outcome. */
export function invalidInputResult<O extends string>(
  ruleSet: RuleSet<O>,
  input: unknown,
  error: FactsValidationError,
  context: { readonly policy: TimePolicy; readonly messages: MessageCatalog; readonly phrases: ContactPhrases },
): EvaluationResult<O> | undefined {
  const spec = ruleSet.invalidInput;
  const evaluatedAt = (input as { evaluatedAt?: unknown } | null)?.evaluatedAt;
  const covered = (issue: FactIssue) => spec?.facts.includes(issue.field.split('.')[0] ?? '') === true;
  if (!spec || !error.issues.every(covered)) return undefined;
  const rule = {
    id: spec.ruleId,
    effect: { kind: 'outcome' as const, outcome: spec.outcome },
    status: 'fired' as const,
    outcome: spec.outcome,
    fallback: false,
    sources: spec.sources,
    message: spec.message,
  };
  const definition = ruleSet.outcomes.find((o) => o.id === spec.outcome) ?? { id: spec.outcome, description: '', reassuring: false };
  const messages = renderMessages(ruleSet.id, [rule], definition, { missingFacts: [], outcomeLabel: 'invalid input', ...context.phrases }, context.messages);
  return {
    ruleSet: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    ruleSetHash: ruleSet.contentHash,
    ...(typeof evaluatedAt === 'string' && { evaluatedAt }),
    outcome: spec.outcome,
    firedRules: [spec.ruleId],
    unknownRules: [],
    flags: [],
    missingFacts: [],
    askNext: [],
    invalidFacts: error.issues,
    messages,
    policy: context.policy,
    parameters: Object.fromEntries([...ruleSet.parameters].map(([name, p]) => [name, p.value])),
    overriddenParameters: ruleSet.overriddenParameters,
    rules: [rule],
  };
}
