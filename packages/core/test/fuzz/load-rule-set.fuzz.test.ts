/**
 * Fuzzing the loader: whatever JSON arrives, loadRuleSet returns a rule set or throws RuleSetLoadError,
 * quickly, without touching its input or any prototype; and a rule set it accepts evaluates to a result or
 * a FactsValidationError.
 */
import { describe, expect, vi } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { evaluateRuleSetSync, FactsValidationError, loadRuleSet, RuleSetLoadError, type RuleSet } from '../../src/index.js';
import { randomRuleSetArb } from '../differential/random-rule-sets.js';
import { anyJson } from './hostile-values.js';
import { plantedFacts } from './hostile-facts.js';
import { chainedRuleSet, duplicatedRuleSet, plantedRuleSet, tangledRuleSet } from './hostile-rule-sets.js';
import { FUZZ_TEST_TIMEOUT_MS, fuzzParams } from './fuzz-settings.js';
import { expectContained } from './guards.js';

const FACTS = { evaluatedAt: '2025-03-15T12:00:00Z', ageYears: 30, fentanylExposure: 'unknown' };

function loadsOrRefuses(file: unknown): void {
  const ruleSet = expectContained(file, [RuleSetLoadError], (input) => loadRuleSet(input));
  if (ruleSet) expectContained(structuredClone(FACTS), [FactsValidationError], (facts) => evaluateRuleSetSync(ruleSet as RuleSet, facts));
}

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

describe('loadRuleSet on hostile input', () => {
  it.prop([randomRuleSetArb, plantedFacts], fuzzParams(40))('the default limits admit genuine rule sets, which answer hostile facts with a declared outcome or a typed error', (file, facts) => {
    const ruleSet = expectContained(file, [], (input) => loadRuleSet(input)) as RuleSet;
    const result = expectContained(facts, [FactsValidationError], (input) => evaluateRuleSetSync(ruleSet, input));
    if (result) expect(ruleSet.outcomes.map((o) => o.id)).toContain(result.outcome);
  });

  it.prop([anyJson], fuzzParams(300))('arbitrary JSON is refused with RuleSetLoadError', (file) => {
    loadsOrRefuses(file);
  });

  it.prop([plantedRuleSet], fuzzParams(60))('a valid rule set with one hostile value planted anywhere', (file) => {
    loadsOrRefuses(file);
  });

  it.prop([tangledRuleSet], fuzzParams(60))('named conditions in cycles, self-references and missing references', (file) => {
    loadsOrRefuses(file);
  });

  it.prop([chainedRuleSet], fuzzParams(12))('long chains and rings of named conditions', (file) => {
    loadsOrRefuses(file);
  });

  it.prop([duplicatedRuleSet], fuzzParams(6))('duplicated rules and more rules than allowed', (file) => {
    loadsOrRefuses(file);
  });
});
