/**
 * Drives the built playground in Chromium the way an author would: pick, type, read what is shown. One
 * browser and one static server per test file; a fresh page per test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { serveStatic, type StaticServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(here, '../../dist');
// The committed docs/images/ only when refreshing the docs (UPDATE_SCREENSHOTS=1), else a scratch folder,
// so an ordinary test run never rewrites tracked files with pixel noise.
const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? resolve(here, '../../../../docs/images') : resolve(tmpdir(), 'recovery-rules-screenshots');

const requests = new WeakMap<Page, string[]>();

/** Every URL the page has requested since it was opened. */
export const requestedUrls = (page: Page): readonly string[] => requests.get(page) ?? [];

/** The browser and server shared by one test file. */
export interface PlaygroundSession {
  open(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server on the built app and Chromium; fails clearly when the app is not built. */
export async function startPlayground(): Promise<PlaygroundSession> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`The playground is not built (${DIST}/index.html is missing). Run "pnpm --filter rule-playground build" first.`);
  }
  const server: StaticServer = await serveStatic(DIST);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    async open() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      const urls: string[] = [];
      requests.set(page, urls);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => urls.push(request.url()));
      await page.goto(server.url);
      await settled(page);
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Starts one browser, server and page for the whole test file and closes them after it; `opened` receives
 * the page before the first test runs.
 */
export function openPlaygroundForFile(opened: (page: Page) => void): void {
  let session: PlaygroundSession | undefined;
  beforeAll(async () => {
    session = await startPlayground();
    opened(await session.open());
  });
  afterAll(async () => session?.close());
}

/** Waits until the playground has evaluated exactly the text now in both editors. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=app][data-state=current]', { timeout: 5_000 });
}

/**
 * Chooses an option in a picker so that its file is loaded afresh, even when that option is already
 * selected (choosing the selected option again fires no change, so another is chosen first).
 */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const picker = page.getByLabel(label);
  const options = await picker.locator('option').evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
  const other = options.find((o) => o.value !== option && o.text !== option);
  if (other) await picker.selectOption(other.value);
  await picker.selectOption(option);
  await settled(page);
}

/** Loads a built-in rule set through its picker. */
export const pickRuleSet = (page: Page, id: string): Promise<void> => choose(page, 'Built-in rule set', id);

/** Loads a sample patient's facts through the picker (by file name without .json). */
export const pickPatient = (page: Page, name: string): Promise<void> => choose(page, 'Sample patient', name);

/** Replaces an editor's whole text at once, as a paste would (typing 10 KB key by key is far too slow). */
export async function setEditorText(page: Page, editor: 'rule-set' | 'facts', text: string): Promise<void> {
  await page.locator(`#${editor}-editor`).evaluate((element, value) => {
    const area = element as HTMLTextAreaElement;
    // React tracks the value it last rendered; the prototype setter makes the change visible to onChange.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await settled(page);
}

/** Selects `length` characters from `offset` in an editor and types `text` over them with the keyboard. */
export async function typeOver(page: Page, editor: 'rule-set' | 'facts', offset: number, length: number, text: string): Promise<void> {
  const area = page.locator(`#${editor}-editor`);
  await area.focus();
  await area.evaluate((element, [start, end]) => (element as HTMLTextAreaElement).setSelectionRange(start ?? 0, end ?? 0), [offset, offset + length]);
  await page.keyboard.type(text);
  await settled(page);
}

/** The current text of an editor. */
export const editorText = (page: Page, editor: 'rule-set' | 'facts'): Promise<string> => page.locator(`#${editor}-editor`).inputValue();

/** The outcome shown: its id ('' when none is shown) and whether it is labelled reassuring. */
export async function shownOutcome(page: Page): Promise<{ outcome: string; reassuring: boolean; label: string }> {
  const panel = page.getByTestId('outcome');
  return {
    outcome: (await panel.getAttribute('data-outcome')) ?? '',
    reassuring: (await panel.getAttribute('data-reassuring')) === 'true',
    label: await panel.innerText(),
  };
}

/** Saves a 1280x800 screenshot as rule-playground-<screen>.png (in docs/images/ with UPDATE_SCREENSHOTS=1). */
export async function screenshot(page: Page, screen: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `rule-playground-${screen}.png`) });
}
