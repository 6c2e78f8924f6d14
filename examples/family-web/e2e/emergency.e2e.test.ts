import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './support/app-session.js';

let session: AppSession;
beforeAll(async () => {
  session = await startAppSession();
});
afterAll(async () => {
  await session?.close();
});

/** The fact the question on screen asks for (the app marks each question with it). */
async function currentFact(page: Page): Promise<string | null> {
  const question = page.locator('section.question');
  return (await question.count()) === 0 ? null : question.getAttribute('data-fact');
}

async function answer(page: Page, label: string): Promise<void> {
  await page.locator('section.question').getByRole('button', { name: label, exact: true }).click();
}

describe('Is this an emergency? (built app, real Chromium)', () => {
  it('reaches the emergency screen for an unresponsive person with blue lips in at most three answers', async () => {
    const { page } = await session.openApp();
    await session.screenshot(page, 'home');
    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();

    const answersFor: Readonly<Record<string, string>> = {
      // The caller cannot tell how the person is breathing: the honest answer is "I don't know".
      breathingStatus: "I don't know",
      responsiveness: 'Does not respond',
      lipNailColor: 'Blue, grey or purple',
    };
    const asked: string[] = [];
    for (let step = 1; step <= 3 && (await currentFact(page)) !== null; step += 1) {
      const fact = (await currentFact(page)) ?? '';
      asked.push(fact);
      await session.screenshot(page, `emergency-question-${step}`);
      const label = answersFor[fact];
      expect(label, `the app asked ${fact}, which this person's situation does not answer`).toBeDefined();
      await answer(page, label ?? '');
    }
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(asked[0]).toBe('breathingStatus');

    const heading = page.getByRole('heading', { name: 'This is an emergency. Call now.' });
    await heading.waitFor();
    const call = page.getByRole('link', { name: 'Call 911' }).first();
    expect(await call.getAttribute('href')).toBe('tel:911');
    // The call button and the five ordered steps come before any explanation.
    const order = await page.locator('section.emergency').evaluate((section) =>
      [...section.querySelectorAll('a.call-button, ol.steps li, ul.messages li')].map((node) => node.className || node.getAttribute('data-step')),
    );
    expect(order.slice(0, 6)).toEqual(['call-button', 'call-emergency-number', 'give-naloxone', 'support-breathing', 'recovery-position', 'stay-and-watch']);
    expect(await page.getByRole('contentinfo').textContent()).toContain('does not diagnose or prescribe');
    await session.screenshot(page, 'emergency');
  });

  it('never shows a reassuring screen when every answer is "I don\'t know"', async () => {
    const { page } = await session.openApp();
    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    let answers = 0;
    while ((await currentFact(page)) !== null) {
      if ((await currentFact(page)) === 'naloxoneGivenAt') await session.screenshot(page, 'emergency-question-moment');
      await answer(page, "I don't know");
      answers += 1;
      expect(answers, 'the flow should end once nothing left can change the answer').toBeLessThan(40);
    }
    const result = page.locator('section.result');
    expect(await result.getAttribute('data-outcome')).toBe('insufficient-information');
    await page.getByRole('heading', { name: "We can't rule out an emergency" }).waitFor();
    expect(await page.getByText('Nothing you entered needs urgent help').count()).toBe(0);
    expect(await result.getByRole('link', { name: 'Call 911' }).count()).toBe(1);
    expect(await result.locator('ol.steps li').count()).toBe(5);
    await session.screenshot(page, 'emergency-unknown');
  });

  it('stays non-reassuring when the critical signs are fine but one is unknown', async () => {
    const { page } = await session.openApp();
    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    const fine: Readonly<Record<string, string>> = {
      breathingStatus: 'Normally',
      responsiveness: 'Awake and talking',
      skin: 'Normal',
      pupils: 'Normal size',
      suspectedOverdose: 'No',
      selfHarmThoughts: 'No',
    };
    while ((await currentFact(page)) !== null) {
      const fact = (await currentFact(page)) ?? '';
      // Lip colour, and everything past the critical signs, stays unknown.
      await answer(page, fine[fact] ?? "I don't know");
    }
    expect(await page.locator('section.result').getAttribute('data-outcome')).toBe('insufficient-information');
    expect(await page.getByText('Nothing you entered needs urgent help').count()).toBe(0);
  });

  it('says an emergency is not ruled out, with the steps, when urgent-same-day wins over an unanswered critical sign', async () => {
    const { page } = await session.openApp();
    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    while ((await currentFact(page)) !== null) {
      const fact = (await currentFact(page)) ?? '';
      await answer(page, fact === 'selfHarmThoughts' ? 'Thoughts, but no plan' : "I don't know");
    }
    const result = page.locator('section.result');
    expect(await result.getAttribute('data-outcome')).toBe('urgent-same-day');
    await page.getByRole('heading', { name: 'Get help today' }).waitFor();
    expect(await result.getByRole('alert').textContent()).toContain("can't rule out an emergency");
    expect(await result.locator('ol.steps li').count()).toBe(5);
  });

  it('can be answered with the keyboard alone, focus moving to each new question and then to the call button', async () => {
    const { page } = await session.openApp();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await focused()).toBe('How can we help?');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^Is this an emergency\?/);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('How is the person breathing?');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe("I don't know");
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('How awake is the person?');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Does not respond');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('This is an emergency. Call now.');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Call 911');
  });
});

describe('the emergency number follows the device language region', () => {
  it('shows 999 for en-GB with a note that the language chose it, and 911 with "or your local emergency number" when no region is known', async () => {
    const british = await session.openApp({ locale: 'en-GB' });
    expect(await british.page.getByRole('link', { name: 'Already sure? Call 999' }).getAttribute('href')).toBe('tel:999');
    // The region is only the language's guess, so the number never stands without the way out.
    expect(await british.page.getByText("Chosen from your device's language. Somewhere else? Call your local emergency number.").isVisible()).toBe(true);
    const unknown = await session.openApp({ locale: 'en' });
    await unknown.page.getByRole('link', { name: 'Already sure? Call 911' }).waitFor();
    expect(await unknown.page.getByText('Or your local emergency number.').isVisible()).toBe(true);
  });
});
