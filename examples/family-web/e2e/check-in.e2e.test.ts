import { evaluateSync, RELAPSE_SIGNS } from '@recovery-rules/core/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_WORDING } from '../src/questions/sign-wording.js';
import { startAppSession, type AppSession } from './support/app-session.js';

let session: AppSession;
beforeAll(async () => {
  session = await startAppSession();
});
afterAll(async () => {
  await session?.close();
});

const NOW = new Date('2026-11-24T15:00:00Z');
type Choice = 'Yes' | 'No' | 'Not sure';

async function choose(page: Page, legend: string, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: label, exact: true }).check();
}

/** Fills the whole check-in: every sign "No" unless listed in `signs`. */
async function fillCheckIn(page: Page, usedAgain: Choice, craving: string, signs: Partial<Record<(typeof RELAPSE_SIGNS)[number], Choice>>) {
  await page.getByRole('button', { name: /How am I doing\?/ }).click();
  await choose(page, 'Have you used opioids again after a time without them?', usedAgain);
  await choose(page, 'How strong have cravings been?', craving);
  for (const sign of RELAPSE_SIGNS) await choose(page, SIGN_WORDING[sign], signs[sign] ?? 'No');
}

describe('How am I doing? (built app, real Chromium)', () => {
  it("shows the rule set's own supportive messages for early warning signs", async () => {
    const { page } = await session.openApp({ now: NOW });
    await fillCheckIn(page, 'No', '5', { highStress: 'Yes', poorSleepOrSelfCare: 'Yes' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await session.screenshot(page, 'check-in-form');
    await page.getByRole('button', { name: 'See my check-in' }).click();

    const expected = evaluateSync('relapse-warnings', {
      evaluatedAt: NOW.toISOString(),
      useAfterAbstinence: 'no',
      cravingIntensity: 5,
      relapseSigns: Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, sign === 'highStress' || sign === 'poorSleepOrSelfCare' ? 'yes' : 'no'])),
    });
    expect(expected.outcome).toBe('early-warning');
    const result = page.locator('section.result');
    expect(await result.getAttribute('data-outcome')).toBe(expected.outcome);
    expect(await result.locator('ul.messages .summary').allTextContents()).toEqual(expected.messages.map((message) => message.summary));
    await session.screenshot(page, 'check-in-result');
  });

  it('never says "no warning signs" when one answer is "Not sure"', async () => {
    const { page } = await session.openApp({ now: NOW });
    await fillCheckIn(page, 'No', '1', { secrecyOrLying: 'Not sure' });
    await page.getByRole('button', { name: 'See my check-in' }).click();
    expect(await page.locator('section.result').getAttribute('data-outcome')).toBe('insufficient-information');
    await page.getByRole('heading', { name: "We can't give the full picture yet" }).waitFor();
    expect(await page.getByRole('heading', { name: 'No warning signs this week' }).count()).toBe(0);
  });

  it('says so plainly when everything is fine', async () => {
    const { page } = await session.openApp({ now: NOW });
    await fillCheckIn(page, 'No', '0', {});
    await page.getByRole('button', { name: 'See my check-in' }).click();
    expect(await page.locator('section.result').getAttribute('data-outcome')).toBe('none-detected');
    await page.getByRole('heading', { name: 'No warning signs this week' }).waitFor();
  });
});
