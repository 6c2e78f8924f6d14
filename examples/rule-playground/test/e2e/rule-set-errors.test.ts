/**
 * A broken rule file in the browser: the error list names the line:column and the JSON pointer the SDK
 * reports, no outcome is shown, and choosing the error puts the caret there.
 */
import { loadRuleSet, RuleSetLoadError } from '@recovery-rules/core/sync';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { lineColumnOf } from './line-column.js';
import { editorText, pickPatient, pickRuleSet, screenshot, setEditorText, shownOutcome, typeOver, openPlaygroundForFile } from './playground-page.js';

/** The pointers the SDK gives for this text, loaded in Node. */
function sdkPointers(text: string): string[] {
  try {
    loadRuleSet(JSON.parse(text));
  } catch (error) {
    if (error instanceof RuleSetLoadError) return error.issues.map((issue) => issue.pointer);
    throw error;
  }
  throw new Error('expected the SDK to refuse this rule set');
}

const problemRows = (page: Page) => page.getByTestId('problems').locator('li.problem-error');

describe('rule-set load errors in the browser', () => {
  let page: Page;
  openPlaygroundForFile((opened) => (page = opened));
  beforeEach(async () => {
    await pickRuleSet(page, 'urgent-help');
    await pickPatient(page, '01-family-finds-unresponsive-son');
  });

  it('an unknown operator: line:column and pointer of the operator, no outcome, caret moved there', async () => {
    const original = await editorText(page, 'rule-set');
    const at = original.indexOf('"operator": "equal"');
    const valueAt = at + '"operator": '.length;
    await typeOver(page, 'rule-set', valueAt, '"equal"'.length, '"lessThen"');
    const broken = await editorText(page, 'rule-set');
    expect(broken).toBe(`${original.slice(0, valueAt)}"lessThen"${original.slice(valueAt + '"equal"'.length)}`);

    const [pointer] = sdkPointers(broken);
    expect(pointer).toMatch(/\/operator$/);
    await expect.poll(() => problemRows(page).count()).toBe(1);
    expect(await problemRows(page).getByTestId('problem-location').innerText()).toBe(`rule-set.json:${lineColumnOf(broken, at)}`);
    expect(await problemRows(page).getByTestId('problem-pointer').innerText()).toBe(pointer);
    expect(await problemRows(page).innerText()).toContain('lessThen');
    expect(await problemRows(page).locator('.hint').innerText()).toMatch(/^Fix: .+/);
    expect((await shownOutcome(page)).outcome).toBe('');
    expect((await shownOutcome(page)).label).toContain('No outcome');

    await problemRows(page).getByRole('button').click();
    const caret = await page.locator('#rule-set-editor').evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      return { focused: document.activeElement === area, start: area.selectionStart, end: area.selectionEnd };
    });
    expect(caret).toEqual({ focused: true, start: at, end: at });
    await screenshot(page, 'load-error');
  });

  it('a missing required key: pointer to the key, position of the object that lacks it', async () => {
    const original = await editorText(page, 'rule-set');
    const rulesAt = original.indexOf('"rules": [');
    const idAt = original.indexOf('"id": ', rulesAt);
    const lineEnd = original.indexOf('\n', idAt);
    const broken = original.slice(0, idAt) + original.slice(lineEnd + 1).replace(/^\s*/, '');
    await setEditorText(page, 'rule-set', broken);

    expect(sdkPointers(broken)).toContain('/rules/0/id');
    const row = problemRows(page).filter({ has: page.getByTestId('problem-pointer').getByText('/rules/0/id', { exact: true }) });
    await expect.poll(() => row.count()).toBe(1);
    const objectStart = broken.lastIndexOf('{', idAt);
    expect(await row.getByTestId('problem-location').innerText()).toBe(`rule-set.json:${lineColumnOf(broken, objectStart)}`);
    expect((await shownOutcome(page)).outcome).toBe('');

    // Keyboard only: focus the error, press Enter, and the caret is at the object that lacks the key.
    await row.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const caret = await page.locator('#rule-set-editor').evaluate((el) => (document.activeElement === el ? (el as HTMLTextAreaElement).selectionStart : -1));
    expect(caret).toBe(objectStart);
  });

  it('a JSON syntax error: its line:column, no outcome', async () => {
    const original = await editorText(page, 'rule-set');
    const comma = original.indexOf('",\n', original.indexOf('"version"'));
    const broken = original.slice(0, comma + 1) + original.slice(comma + 2);
    await setEditorText(page, 'rule-set', broken);

    await expect.poll(() => problemRows(page).count()).toBeGreaterThan(0);
    const first = problemRows(page).first();
    expect(await first.innerText()).toContain('comma');
    expect(await first.getByTestId('problem-location').innerText()).toBe(`rule-set.json:${lineColumnOf(broken, broken.indexOf('"title"'))}`);
    expect((await shownOutcome(page)).outcome).toBe('');
    await first.getByRole('button').click();
    expect(await page.locator('#rule-set-editor').evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(broken.indexOf('"title"'));
    await screenshot(page, 'syntax-error');
  });
});
