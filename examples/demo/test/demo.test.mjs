// The demo's patients give the outcomes their titles promise, and the demo script prints every one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliBinPath, loadPatients } from '../patients.mjs';

/** @type {Record<string, { outcome: string, fired: string[], missing?: string[], dates?: [string, string] }>} */
const EXPECTED = {
  '01-family-finds-unresponsive-son.json': { outcome: 'emergency-call-now', fired: ['C-E2', 'C-E3', 'C-E6'], missing: ['breathingStatus'] },
  '02-heroin-fentanyl-day-12.json': { outcome: 'not-yet', fired: ['A-W2'], dates: ['2025-06-09', '2025-06-13'] },
  '03-methadone-maintenance.json': { outcome: 'contraindicated', fired: ['A-C2'] },
  '04-ready-candidate.json': { outcome: 'eligible', fired: ['A-E1'] },
  '05-liver-panel-pending.json': { outcome: 'insufficient-information', fired: ['A-I2'], missing: ['altXuln', 'astXuln', 'urineOpioidScreen'] },
  '06-waiting-period-date-only.json': { outcome: 'computed', fired: ['B-1'], dates: ['2025-06-12', '2025-06-16'] },
  '07-lapse-after-detox.json': { outcome: 'urgent-same-day', fired: ['C-U7'] },
};

/**
 * The combined assessment patients: each rule set's expected outcome and the overall urgency.
 * @type {Record<string, { urgency: string, firstRuleSet: string, outcomes: Record<string, string> }>}
 */
const ASSESSED = {
  '08-combined-assessment-after-lapse.json': {
    urgency: 'warning',
    firstRuleSet: 'urgent-help',
    outcomes: {
      'urgent-help': 'urgent-same-day',
      'relapse-warnings': 'lapse-occurred',
      'overdose-risk': 'high',
      'naltrexone-candidacy': 'needs-clinical-evaluation',
      'waiting-period': 'computed',
      cows: 'insufficient-information',
    },
  },
};

/** @param {string[]} args @param {string} [input] */
function node(args, input = '') {
  return spawnSync(process.execPath, args, { input, encoding: 'utf8' });
}

test('every patient file has an expectation', () => {
  assert.deepEqual(loadPatients().map((p) => p.file), [...Object.keys(EXPECTED), ...Object.keys(ASSESSED)].sort());
});

for (const patient of loadPatients().filter((p) => p.ruleSet === 'assess')) {
  test(`${patient.file} -> combined urgency ${ASSESSED[patient.file]?.urgency}`, () => {
    const expected = ASSESSED[patient.file];
    assert.ok(expected);
    const run = node([cliBinPath(), 'assess'], JSON.stringify(patient.facts));
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.urgency, expected.urgency);
    assert.equal(report.messages[0].ruleSet, expected.firstRuleSet);
    for (const [id, outcome] of Object.entries(expected.outcomes)) assert.equal(report.results[id].outcome, outcome, id);
    assert.ok(report.disclaimer.length > 0);
  });
}

for (const patient of loadPatients().filter((p) => p.ruleSet !== 'assess')) {
  test(`${patient.file} -> ${EXPECTED[patient.file]?.outcome}`, () => {
    const expected = EXPECTED[patient.file];
    assert.ok(expected);
    const run = node([cliBinPath(), 'evaluate', patient.ruleSet], JSON.stringify(patient.facts));
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.outcome, expected.outcome);
    for (const id of expected.fired) assert.ok(result.firedRules.includes(id), `${id} fired`);
    for (const fact of expected.missing ?? []) assert.ok(result.missingFacts.includes(fact), `${fact} missing`);
    if (expected.dates) assert.deepEqual([result.earliestStartDate, result.recommendedStartDate], expected.dates);
  });
}

test('run-demo.mjs prints a header and an explanation for every patient', () => {
  const run = node([fileURLToPath(new URL('../run-demo.mjs', import.meta.url))]);
  assert.equal(run.status, 0, run.stderr);
  const patients = loadPatients();
  for (const [index, patient] of patients.entries()) {
    assert.ok(run.stdout.includes(`# Patient ${index + 1} of ${patients.length}: ${patient.title}`));
    const expected = EXPECTED[patient.file];
    assert.ok(run.stdout.includes(expected ? `OUTCOME: ${expected.outcome}` : `overall urgency ${ASSESSED[patient.file]?.urgency}`));
  }
});
