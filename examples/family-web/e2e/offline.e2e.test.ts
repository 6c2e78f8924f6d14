import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.js';
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

    // Exactly the page and the files its HTML names: the lazily split rules-engine chunk is never fetched.
    const html = readFileSync(`${DIST_DIR}index.html`, 'utf8');
    const ownFiles = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => `${session.origin}/${match[1]}`);
    expect(ownFiles.length).toBeGreaterThanOrEqual(2);
    const beforeFlow = [...requests];
    expect(beforeFlow.sort()).toEqual([`${session.origin}/`, ...ownFiles].sort());

    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    await page.locator('section.question').getByRole('button', { name: "I don't know", exact: true }).click();
    await page.locator('section.question').getByRole('button', { name: 'Does not respond', exact: true }).click();
    await page.getByRole('heading', { name: 'This is an emergency. Call now.' }).waitFor();
    await page.waitForTimeout(300);

    expect(requests.slice(beforeFlow.length)).toEqual([]);
  });

  it('finishes the emergency flow with the device offline after the page has loaded', async () => {
    const { page } = await session.openApp();
    await page.context().setOffline(true);
    await page.getByRole('button', { name: /Is this an emergency\?/ }).click();
    await page.locator('section.question').getByRole('button', { name: 'Slow or shallow', exact: true }).click();
    await page.getByRole('heading', { name: 'This is an emergency. Call now.' }).waitFor();
    expect(await page.locator('ol.steps li').count()).toBe(5);
  });

  it('states on every screen that nothing entered leaves the device', async () => {
    const { page } = await session.openApp();
    for (const flow of [/Is this an emergency\?/, /When could naltrexone start\?/, /How am I doing\?/]) {
      await page.getByRole('button', { name: flow }).click();
      expect(await page.getByText('Nothing you enter leaves this device.').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Start again' }).click();
    }
  });

  it('ships no code that could send anything: no fetch, XHR, beacon, socket or service worker in the bundle', () => {
    const scripts = readdirSync(`${DIST_DIR}assets`).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(`${DIST_DIR}assets/${file}`, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|serviceWorker/);
    }
  });

  it('forbids every connection in the page itself (Content-Security-Policy connect-src none)', () => {
    expect(readFileSync(`${DIST_DIR}index.html`, 'utf8')).toMatch(/http-equiv="Content-Security-Policy" content="[^"]*connect-src 'none'/);
  });
});
