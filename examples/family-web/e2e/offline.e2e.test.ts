import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './support/app-session.js';

let session: AppSession;
beforeAll(async () => {
  session = await startAppSession();
});
afterAll(async () => {
  await session?.close();
});

describe('nothing leaves the device (built app, real Chromium)', () => {
  it('loads only its own files, then makes no request at all during the emergency flow', async () => {
    const { page, requests } = await session.openApp();
    await page.waitForLoadState('networkidle');

    const beforeFlow = [...requests];
    expect(beforeFlow.length).toBeGreaterThan(0);
    for (const url of beforeFlow) {
      expect(new URL(url).origin, `${url} is not the app's own origin`).toBe(session.origin);
      expect(new URL(url).pathname).toMatch(/^\/(index\.html)?$|^\/assets\/[\w-]+\.(js|css)$/);
    }

    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    await page.locator('section.question').getByRole('button', { name: "I don't know", exact: true }).click();
    await page.locator('section.question').getByRole('button', { name: 'Does not respond', exact: true }).click();
    await page.getByRole('heading', { name: 'This is an emergency. Call now.' }).waitFor();
    await page.waitForTimeout(300);

    expect(requests.slice(beforeFlow.length)).toEqual([]);
  });

  it('states on every screen that nothing entered leaves the device', async () => {
    const { page } = await session.openApp();
    for (const flow of [/Is this an emergency\?/, /When could naltrexone start\?/, /How am I doing\?/]) {
      await page.getByRole('button', { name: flow }).click();
      expect(await page.getByText('Nothing you enter leaves this device.').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Start again' }).click();
    }
  });
});
