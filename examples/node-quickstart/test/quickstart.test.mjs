// Runs the quickstart script as a user would and checks what it prints against the SDK's own answers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assessSync, DISCLAIMERS, evaluateSync } from '@recovery-rules/core';

const script = fileURLToPath(new URL('../index.mjs', import.meta.url));
const run = (/** @type {string[]} */ ...args) => execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const factsOf = (/** @type {string} */ path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

test('explains the sample patient: outcome, dates, every message and the disclaimer', () => {
  const output = run();
  const expected = evaluateSync('naltrexone-candidacy', factsOf('../patient.json'));
  assert.match(output, new RegExp(`^Naltrexone candidacy: ${expected.outcome}$`, 'm'));
  assert.match(output, new RegExp(`earliest start ${expected.earliestStartDate}, usual start ${expected.recommendedStartDate}`));
  for (const message of expected.messages) assert.ok(output.includes(message.summary), `missing: ${message.summary}`);
  assert.ok(output.includes(`still needed: ${expected.missingFacts.join(', ')}`));
  assert.ok(output.trimEnd().endsWith(DISCLAIMERS.en));
  const report = assessSync(factsOf('../patient.json'), { region: 'US', locale: 'en' });
  assert.ok(output.includes(`Most urgent (${report.urgency}): ${report.messages[0]?.summary}`));
});

test('puts the emergency number and the ordered steps first for an unresponsive person', () => {
  const output = run(fileURLToPath(new URL('./fixtures/unresponsive.json', import.meta.url)));
  const report = assessSync(factsOf('./fixtures/unresponsive.json'), { region: 'US', locale: 'en' });
  assert.equal(report.results['urgent-help'].outcome, 'emergency-call-now');
  assert.match(output, /^Call 911 now:$/m);
  const stepLines = output.split('\n').filter((line) => /^ {2}\d\. /.test(line));
  assert.deepEqual(stepLines, report.emergency?.steps.map((step) => `  ${step.order}. ${step.text}`));
});

test("the README's embedding snippet is this script, word for word", () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const snippet = /The smallest complete script[^\n]*\n[^\n]*\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.equal(snippet, readFileSync(script, 'utf8'));
});
