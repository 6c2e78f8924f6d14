/**
 * Sample patients for the candidacy comparison, with every evaluator's answer checked against the SDK's
 * before anything is timed: a benchmark of wrong answers is worthless.
 *
 * The SDK evaluates with three-valued logic; json-rules-engine, JsonLogic and the hand-written function are
 * two-valued. They agree exactly when no rule's truth depends on an unknown fact, so samples are the
 * generated patients whose candidacy result has no unknown rule (each still has absent facts: optional
 * ones, and ones an already-decided rule does not need).
 */
import jsonLogic from 'json-logic-js';
import { builtInRuleSet, compileRuleSet, evaluateSync, type CompiledRuleSet, type RuleSet } from '@recovery-rules/core/sync';
import { generatePatient } from '../patients/generate-patient.js';
import { seededRandom } from '../patients/random.js';
import { handWrittenCandidacy } from './hand-written.js';
import { rawJsonRulesEngine, type RawEngineRun } from './raw-json-rules-engine.js';
import { firedConditionRules, ruleValuesOf, type RuleValues } from './rule-values.js';
import { ruleSetToJsonLogic, type JsonLogic } from './to-json-logic.js';

/** One sample: the patient's facts, the derived values the rules read, and the rules that must fire. */
export interface CandidacySample {
  readonly facts: Record<string, unknown>;
  readonly values: RuleValues;
  readonly fired: readonly string[];
}

/** The samples and the three comparison evaluators, all checked against the SDK. */
export interface CandidacyComparison {
  readonly ruleSet: RuleSet;
  readonly samples: readonly CandidacySample[];
  /** How many generated patients were tried to find the samples. */
  readonly generated: number;
  readonly rawEngine: RawEngineRun;
  readonly jsonLogicRules: readonly [string, JsonLogic][];
  readonly handWritten: (values: RuleValues) => string[];
  /** The SDK's compiled rule logic, deciding over the same derived values the others get. */
  readonly compiled: CompiledRuleSet;
}

/** Evaluates every JsonLogic rule and returns the ids of those that hold, in rule-set order. */
export function jsonLogicFired(rules: readonly [string, JsonLogic][], values: RuleValues): string[] {
  const fired: string[] = [];
  for (const [id, logic] of rules) if (jsonLogic.apply(logic, values)) fired.push(id);
  return fired;
}

function assertSame(evaluator: string, got: readonly string[], sample: CandidacySample, index: number): void {
  if (got.join(',') === sample.fired.join(',')) return;
  throw new Error(
    `${evaluator} disagrees with the SDK on candidacy sample ${index}: fired [${got.join(', ')}], SDK fired [${sample.fired.join(', ')}]\n` +
      `values: ${JSON.stringify(sample.values)}`,
  );
}

/** Builds `count` checked samples from patients generated with `seed`. */
export async function candidacyComparison(count: number, seed = 11): Promise<CandidacyComparison> {
  const ruleSet = builtInRuleSet('naltrexone-candidacy') as RuleSet;
  const random = seededRandom(seed);
  const samples: CandidacySample[] = [];
  let generated = 0;
  while (samples.length < count) {
    if (generated >= count * 1000) throw new Error(`only ${samples.length} of ${generated} patients had no unknown candidacy rule`);
    const facts = generatePatient(random, 0.95);
    generated += 1;
    const result = evaluateSync('naltrexone-candidacy', facts);
    if (result.unknownRules.length > 0) continue;
    samples.push({ facts, values: ruleValuesOf(result), fired: firedConditionRules(result) });
  }
  const rawEngine = rawJsonRulesEngine(ruleSet);
  const jsonLogicRules = ruleSetToJsonLogic(ruleSet);
  const handWritten = handWrittenCandidacy(ruleSet);
  const compiled = compileRuleSet(ruleSet);
  const withConditions = new Set(ruleSet.rules.filter((rule) => rule.conditions).map((rule) => rule.id));
  for (const [index, sample] of samples.entries()) {
    assertSame('compileRuleSet().decide', compiled.decide(sample.values).firedRules.filter((id) => withConditions.has(id)), sample, index);
    assertSame('compileRuleSet().decideWithTrace', compiled.decideWithTrace(sample.values).firedRules.filter((id) => withConditions.has(id)), sample, index);
    assertSame('raw json-rules-engine', await rawEngine(sample.values), sample, index);
    assertSame('json-logic-js', jsonLogicFired(jsonLogicRules, sample.values), sample, index);
    assertSame('the hand-written function', handWritten(sample.values), sample, index);
  }
  return { ruleSet, samples, generated, rawEngine, jsonLogicRules, handWritten, compiled };
}
