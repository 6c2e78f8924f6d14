/**
 * `assess(facts)`: every built-in rule set for the same facts, each evaluated once in dependency order, and
 * one combined report with the most urgent message first and the questions worth asking next.
 */
import { emergencyNotRuledOut } from '../emergency/emergency-not-ruled-out.js';
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

const severities = new Map<BuiltInRuleSetId, ReadonlyMap<string, OutcomeSeverity>>();

function severityOf(result: EvaluationResult, outcome = result.outcome): OutcomeSeverity {
  const id = result.ruleSet as BuiltInRuleSetId;
  let byOutcome = severities.get(id);
  if (!byOutcome) {
    // Built-in outcomes and severities are fixed (parameter overrides never change them): looked up once.
    byOutcome = new Map(builtInRuleSet(id).outcomes.flatMap((o) => (o.severity === undefined ? [] : [[o.id as string, o.severity] as const])));
    severities.set(id, byOutcome);
  }
  return byOutcome.get(outcome) ?? 'warning';
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
  const keyed = ASSESSMENT_ORDER.map((id) => ({ result: results[id] as EvaluationResult, key: urgencyKey(results[id] as EvaluationResult) }));
  const ordered = keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.result);
  const combined: AssessmentMessage[] = [];
  for (const result of ordered) {
    const ruleSet = result.ruleSet as BuiltInRuleSetId;
    const { outcome } = result;
    const severity = severityOf(result);
    for (const { ruleId, summary, detail } of result.messages) {
      combined.push(detail === undefined ? { ruleId, summary, ruleSet, outcome, severity } : { ruleId, summary, detail, ruleSet, outcome, severity });
    }
  }
  const askNext = combinedQuestions(ordered);
  const urgentHelp = results['urgent-help'];
  const needsEmergencyScreen = urgentHelp !== undefined && emergencyNotRuledOut(urgentHelp);
  // Built key by key in the report's order: conditional spreads in a literal take V8's slow path.
  const report: Record<string, unknown> = {};
  if (parsed.evaluatedAt !== undefined) report['evaluatedAt'] = parsed.evaluatedAt;
  report['urgency'] = ordered.map((r) => severityOf(r)).reduce((a, b) => (SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a), 'info');
  report['messages'] = combined;
  report['askNext'] = askNext;
  report['missingFacts'] = askNext.map((q) => q.fact);
  if (needsEmergencyScreen) report['emergency'] = { contacts, steps: emergencyResponseSteps(contacts, locale) };
  report['disclaimer'] = DISCLAIMERS[locale];
  report['evaluationOrder'] = [...session.evaluationOrder];
  report['results'] = results;
  return report as unknown as AssessmentReport;
}
