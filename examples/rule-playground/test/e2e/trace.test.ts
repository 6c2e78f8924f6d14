/**
 * The trace in the browser: every leaf the SDK evaluated is shown with its truth in words (true, false,
 * unknown), and the counts of each truth match the SDK's own trace.
 */
import { evaluateSync, type ConditionTrace } from '@recovery-rules/core/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPatients } from './patients.js';
import { pickPatient, pickRuleSet, screenshot, openPlaygroundForFile } from './playground-page.js';

function leavesOf(node: ConditionTrace): string[] {
  if (node.kind === 'leaf') return [node.truth];
  return 'children' in node ? node.children.flatMap(leavesOf) : leavesOf(node.child);
}

const countBy = (truths: readonly string[]) => Object.fromEntries(['true', 'false', 'unknown'].map((t) => [t, truths.filter((x) => x === t).length]));

describe('the trace in the browser', () => {
  let page: Page;
  openPlaygroundForFile((opened) => (page = opened));

  it('shows true, false and unknown leaves, labelled in words, as many of each as the SDK traced', async () => {
    const patient = readPatients().find((p) => p.name === '01-family-finds-unresponsive-son');
    await pickRuleSet(page, 'urgent-help');
    await pickPatient(page, '01-family-finds-unresponsive-son');
    const sdk = evaluateSync('urgent-help', patient?.facts);
    const expected = countBy(sdk.rules.flatMap((rule) => (rule.conditions ? leavesOf(rule.conditions) : [])));
    expect(expected.true).toBeGreaterThan(0);
    expect(expected.false).toBeGreaterThan(0);
    expect(expected.unknown).toBeGreaterThan(0);

    const leaves = page.getByTestId('trace-leaf');
    const shown = await leaves.evaluateAll((all) => all.map((leaf) => ({ truth: leaf.getAttribute('data-truth') ?? '', label: leaf.querySelector('.truth')?.textContent ?? '' })));
    expect(countBy(shown.map((leaf) => leaf.truth))).toEqual(expected);
    for (const leaf of shown) expect(leaf.label).toBe(leaf.truth);

    const rules = await page.getByTestId('trace-rule').evaluateAll((all) => all.map((rule) => `${rule.getAttribute('data-rule')}:${rule.getAttribute('data-status')}`));
    expect(rules).toEqual(sdk.rules.map((rule) => `${rule.id}:${rule.status}`));

    await page.locator('[data-testid=trace-rule][data-status=unknown]').first().scrollIntoViewIfNeeded();
    await page.getByTestId('trace').evaluate((trace) => trace.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'trace');
  });
});
