/**
 * Every built-in rule set and every sample patient, in the browser: the outcome shown must be the one the
 * SDK gives in Node for the same facts (evaluateSync, what the CLI runs), with the same fired rules.
 */
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, evaluateSync, FactsValidationError, isBuiltInRuleSetId } from '@recovery-rules/core/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPatients } from './patients.js';
import { pickPatient, pickRuleSet, requestedUrls, screenshot, shownOutcome, openPlaygroundForFile } from './playground-page.js';

const patients = readPatients();

/** What Node's SDK says: the outcome, or null when it refuses the facts. */
function expected(ruleSetId: (typeof BUILT_IN_RULE_SET_IDS)[number], facts: unknown): { outcome: string; reassuring: boolean } | null {
  try {
    const outcome = evaluateSync(ruleSetId, facts).outcome;
    const reassuring = builtInRuleSet(ruleSetId).outcomes.find((o) => o.id === outcome)?.reassuring ?? false;
    return { outcome, reassuring };
  } catch (error) {
    if (error instanceof FactsValidationError) return null;
    throw error;
  }
}

describe('built-in rule sets and sample patients in the browser', () => {
  let page: Page;
  openPlaygroundForFile((opened) => (page = opened));

  it('has every built-in rule set and every sample patient in its pickers', async () => {
    expect(await page.getByLabel('Built-in rule set').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([...BUILT_IN_RULE_SET_IDS]);
    expect(await page.getByLabel('Sample patient').locator('option').count()).toBe(patients.length);
    expect(patients.length).toBeGreaterThanOrEqual(8);
  });

  // Each patient with the rule set the demo runs it through; the combined-assessment patient with every
  // rule set, so every built-in rule set and every patient is compared at least once.
  const pairs = patients.flatMap((patient) =>
    (isBuiltInRuleSetId(patient.ruleSet) ? [patient.ruleSet] : [...BUILT_IN_RULE_SET_IDS]).map((ruleSetId) => ({ ruleSetId, patient })),
  );

  it('compares every built-in rule set and every sample patient', () => {
    expect(new Set(pairs.map((pair) => pair.ruleSetId))).toEqual(new Set(BUILT_IN_RULE_SET_IDS));
    expect(new Set(pairs.map((pair) => pair.patient.name)).size).toBe(patients.length);
  });

  it.each(pairs.map((pair) => [pair.patient.name, pair.ruleSetId, pair.patient] as const))('%s with %s shows the SDK outcome', async (_name, ruleSetId, patient) => {
    await pickRuleSet(page, ruleSetId);
    await pickPatient(page, patient.name);
    const sdk = expected(ruleSetId, patient.facts);
    expect(sdk, 'every sample patient is valid input for its rule set').not.toBeNull();
    const shown = await shownOutcome(page);
    expect(shown.outcome).toBe(sdk?.outcome);
    expect(shown.reassuring).toBe(sdk?.reassuring);
    expect(shown.label).toContain(sdk?.reassuring ? 'Reassuring' : 'Not reassuring');
    expect(await page.getByTestId('fired-rules').innerText()).toBe(evaluateSync(ruleSetId, patient.facts).firedRules.join(', ') || 'none');
  });

  it('ran every evaluation in the page: nothing fetched but the app itself, never the reference engine', () => {
    const fetched = requestedUrls(page).map((url) => new URL(url).pathname);
    expect(fetched.length).toBeGreaterThan(0);
    for (const path of fetched) expect(path, 'only index.html and its own entry script and stylesheet').toMatch(/^\/(assets\/index-[\w-]+\.(js|css))?$/);
  });

  it('screenshot: a patient with the rule set the demo uses for them', async () => {
    await pickRuleSet(page, 'urgent-help');
    await pickPatient(page, '01-family-finds-unresponsive-son');
    expect((await shownOutcome(page)).outcome).toBe(expected('urgent-help', patients[0]?.facts)?.outcome);
    await screenshot(page, 'outcome');
  });
});
