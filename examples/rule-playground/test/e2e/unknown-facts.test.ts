/**
 * Unknown facts in the browser: a critical fact that is "unknown" or left out never shows a reassuring
 * outcome, and a fact the vocabulary does not know shows no outcome at all, only an error at its key.
 */
import { evaluateSync } from '@recovery-rules/core/sync';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { lineColumnOf } from './line-column.js';
import { readPatients } from './patients.js';
import { editorText, pickPatient, pickRuleSet, screenshot, setEditorText, shownOutcome, typeOver, openPlaygroundForFile } from './playground-page.js';

const ready = readPatients().find((p) => p.name === '04-ready-candidate');

describe('unknown facts in the browser', () => {
  let page: Page;
  openPlaygroundForFile((opened) => (page = opened));
  beforeEach(async () => {
    await pickRuleSet(page, 'naltrexone-candidacy');
    await pickPatient(page, '04-ready-candidate');
  });

  it('starts from a patient the SDK finds eligible, shown as reassuring', async () => {
    expect(evaluateSync('naltrexone-candidacy', ready?.facts).outcome).toBe('eligible');
    expect(await shownOutcome(page)).toMatchObject({ outcome: 'eligible', reassuring: true });
  });

  it('typing "unknown" over a critical fact turns the outcome to not reassuring', async () => {
    const facts = await editorText(page, 'facts');
    const value = facts.indexOf('"', facts.indexOf('"pregnancyStatus": ') + '"pregnancyStatus": '.length - 1);
    const end = facts.indexOf('"', value + 1) + 1;
    await typeOver(page, 'facts', value, end - value, '"unknown"');
    const shown = await shownOutcome(page);
    expect(shown.outcome).toBe(evaluateSync('naltrexone-candidacy', { ...ready?.facts, pregnancyStatus: 'unknown' }).outcome);
    expect(shown.reassuring).toBe(false);
    expect(shown.label).toContain('Not reassuring');
    expect(await page.getByTestId('ask-next').innerText()).toContain('pregnancyStatus');
    const leaf = page.getByTestId('trace-leaf').filter({ hasText: 'pregnancyStatus' }).first();
    expect(await leaf.getAttribute('data-truth')).toBe('unknown');
    expect(await leaf.innerText()).toContain('unknown');
    await screenshot(page, 'unknown-fact');
  });

  it('leaving out any of several critical facts is never reassuring', async () => {
    for (const fact of ['pregnancyStatus', 'liverFailure', 'selfHarmThoughts', 'ageYears']) {
      const { [fact]: _left, ...rest } = ready?.facts ?? {};
      await setEditorText(page, 'facts', JSON.stringify(rest, null, 2));
      const shown = await shownOutcome(page);
      expect(shown.outcome, fact).toBe(evaluateSync('naltrexone-candidacy', rest).outcome);
      expect(shown.reassuring, fact).toBe(false);
    }
  });

  it('a fact name the vocabulary does not know: no outcome, an error at its key', async () => {
    const text = JSON.stringify({ ...ready?.facts, pregnant: 'no' }, null, 2);
    await setEditorText(page, 'facts', text);
    expect((await shownOutcome(page)).outcome).toBe('');
    const row = page.getByTestId('problems').locator('li.problem-error').filter({ hasText: '/pregnant' });
    expect(await row.getByTestId('problem-location').innerText()).toBe(`facts.json:${lineColumnOf(text, text.indexOf('"pregnant"'))}`);
  });
});
