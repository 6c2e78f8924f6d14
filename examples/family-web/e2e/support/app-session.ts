/**
 * One browser session on the built app, shared by the flow tests: a static server, Chromium, a phone page,
 * a log of every request the page makes, and screenshots saved under docs/images.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phoneContext } from './browser.js';
import { assertBuilt, DIST_DIR, IMAGES_DIR } from './paths.js';
import { serveStatic, type StaticServer } from './static-server.js';

/** A running app in a browser. */
export interface AppSession {
  readonly origin: string;
  readonly browser: Browser;
  /** Opens the app on a fresh phone page whose every request URL is pushed to `requests`. */
  openApp(options?: { timezoneId?: string; locale?: string; now?: Date }): Promise<{ page: Page; requests: string[] }>;
  /** Saves what the phone screen shows (the viewport) as docs/images/family-web-<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and browser. Call `close()` in afterAll. */
export async function startAppSession(): Promise<AppSession> {
  assertBuilt();
  const server: StaticServer = await serveStatic(DIST_DIR);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  mkdirSync(IMAGES_DIR, { recursive: true });
  return {
    origin: server.origin,
    browser,
    async openApp(options = {}) {
      const context = await phoneContext(browser, options);
      const page = await context.newPage();
      if (options.now !== undefined) await page.clock.setFixedTime(options.now);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.origin}/`);
      await page.getByRole('heading', { name: 'How can we help?' }).waitFor();
      return { page, requests };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: `${IMAGES_DIR}family-web-${name}.png`, fullPage: false, animations: 'disabled' });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
