/**
 * `assess(facts)`: every built-in rule set for the same facts, each evaluated once in dependency order, and
 * one combined report with the most urgent message first and the questions worth asking next.
 */
import { emergencyResponseSteps } from '../emergency/response-steps.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { KnownFacts } from '../facts/known-facts.js';
import { parseFacts } from '../facts/parse-facts.js';
import { DISCLAIMERS } from '../messages/disclaimer.js';
import type { OutcomeSeverity } from '../rule-set/rule-set.js';
import { builtInRuleSet } from '../rule-sets/built-in.js';
import type { BuiltInRuleSetId } from '../rule-sets/outcomes.js';
import type { AssessmentMessage, AssessmentQuestion, AssessmentReport } from './assessment-report.js';
import { createSession, type Session, type SessionOptions } from './evaluation-session.js';

/** Options for `assess` and {@link assessSync}: as for `evaluate`; `locale` also picks the steps and disclaimer language. */
export type AssessOptions = SessionOptions;

/** Dependency order: a rule set comes after every rule set whose outcome it reads. */
export const ASSESSMENT_ORDER: readonly BuiltInRuleSetId[] = [
  'relapse-warnings',
  'cows',
  'urgent-help',
  'overdose-risk',
  'naltrexone-candidacy',
  'waiting-period',
];

/** Ties between equally severe results go to the rule set closest to immediate danger. */
const URGENCY_PRIORITY: readonly BuiltInRuleSetId[] = [
  'urgent-help',
  'overdose-risk',
  'naltrexone-candidacy',
  'relapse-warnings',
  'cows',
  'waiting-period',
];
const SEVERITY_RANK: Record<OutcomeSeverity, number> = { critical: 0, warning: 1, info: 2 };

function severityOf(result: EvaluationResult, outcome = result.outcome): OutcomeSeverity {
  const id = result.ruleSet as BuiltInRuleSetId;
  return builtInRuleSet(id).outcomes.find((o) => o.id === outcome)?.severity ?? 'warning';
}

/** Urgent help leads unless routine; then by severity; then by closeness to immediate danger. */
function urgencyKey(result: EvaluationResult): [number, number, number] {
  const id = result.ruleSet as BuiltInRuleSetId;
  const urgentLead = id === 'urgent-help' && result.outcome !== 'routine' ? 0 : 1;
  return [urgentLead, SEVERITY_RANK[severityOf(result)], URGENCY_PRIORITY.indexOf(id)];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function combinedQuestions(ordered: readonly EvaluationResult[]): AssessmentQuestion[] {
  const byFact = new Map<string, { severity: OutcomeSeverity; ruleSets: BuiltInRuleSetId[]; order: number }>();
  for (const result of ordered) {
    for (const missing of result.askNext) {
      const severity = missing.couldUnlock === null ? 'info' : severityOf(result, missing.couldUnlock);
      const entry = byFact.get(missing.fact);
      const id = result.ruleSet as BuiltInRuleSetId;
      if (!entry) byFact.set(missing.fact, { severity, ruleSets: [id], order: byFact.size });
      else {
        if (!entry.ruleSets.includes(id)) entry.ruleSets.push(id);
        if (SEVERITY_RANK[severity] < SEVERITY_RANK[entry.severity]) entry.severity = severity;
      }
    }
  }
  return [...byFact.entries()]
    .sort(([, a], [, b]) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order)
    .map(([fact, e]) => ({ fact, severity: e.severity, ruleSets: e.ruleSets }));
}

/**
 * Runs all six built-in rule sets for the same facts, synchronously (the compiled evaluator), each once in
 * dependency order, and combines them: for the emergency path, renders and batch work. The report equals
 * the one `assess` builds through json-rules-engine.
 */
export function assessSync(facts: unknown, options: AssessOptions = {}): AssessmentReport {
  const parsed = parseFacts(facts);
  const session = createSession(parsed, options);
  const results: Partial<Record<BuiltInRuleSetId, EvaluationResult>> = {};
  for (const id of ASSESSMENT_ORDER) results[id] = session.resultOfSync(id);
  return combine(parsed, session, results);
}

/** Combines the six results into one report, most urgent first. */
export function combine(parsed: KnownFacts, session: Pick<Session, 'settings' | 'evaluationOrder'>, results: Partial<Record<BuiltInRuleSetId, EvaluationResult>>): AssessmentReport {
  const { locale, contacts } = session.settings;
  const ordered = ASSESSMENT_ORDER.map((id) => results[id] as EvaluationResult).sort((a, b) => compareKeys(urgencyKey(a), urgencyKey(b)));
  const combined: AssessmentMessage[] = ordered.flatMap((result) =>
    result.messages.map((message) => ({
      ...message,
      ruleSet: result.ruleSet as BuiltInRuleSetId,
      outcome: result.outcome,
      severity: severityOf(result),
    })),
  );
  const askNext = combinedQuestions(ordered);
  const urgent = results['urgent-help']?.outcome;
  const needsEmergencyScreen = urgent === 'emergency-call-now' || urgent === 'insufficient-information';
  return {
    ...(parsed.evaluatedAt !== undefined && { evaluatedAt: parsed.evaluatedAt }),
    urgency: ordered.map((r) => severityOf(r)).reduce((a, b) => (SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a), 'info'),
    messages: combined,
    askNext,
    missingFacts: askNext.map((q) => q.fact),
    ...(needsEmergencyScreen && { emergency: { contacts, steps: emergencyResponseSteps(contacts, locale) } }),
    disclaimer: DISCLAIMERS[locale],
    evaluationOrder: [...session.evaluationOrder],
    results: results as AssessmentReport['results'],
  };
}
