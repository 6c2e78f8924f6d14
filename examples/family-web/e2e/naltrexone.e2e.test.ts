import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './support/app-session.js';
import { CLI_BIN } from './support/paths.js';

let session: AppSession;
beforeAll(async () => {
  session = await startAppSession();
});
afterAll(async () => {
  await session?.close();
});

const NOW = new Date('2026-11-24T15:00:00Z');

/** What the person types, and the same facts written out by hand for the command line. */
interface Case {
  readonly name: string;
  readonly deviceZone: string;
  readonly date: string;
  readonly time: string;
  readonly type: string;
  readonly fentanyl: string;
  /** The zone typed into the form, or null for "I don't know the time zone". */
  readonly zone: string | null;
  readonly cliFacts: Readonly<Record<string, string | null>>;
}

const CASES: readonly Case[] = [
  {
    name: 'short-acting with fentanyl, time known (New York)',
    deviceZone: 'America/New_York', date: '2026-11-20', time: '22:30', type: 'Short-acting', fentanyl: 'Yes', zone: 'America/New_York',
    cliFacts: { userTimeZone: 'America/New_York', lastOpioidUseAt: '2026-11-20T22:30:00-05:00', lastOpioidType: 'short-acting', fentanylExposure: 'yes' },
  },
  {
    name: 'short-acting without fentanyl, date only, across the DST change (London)',
    deviceZone: 'Europe/London', date: '2026-03-22', time: '', type: 'Short-acting', fentanyl: 'No', zone: 'Europe/London',
    cliFacts: { userTimeZone: 'Europe/London', lastOpioidUseAt: '2026-03-22', lastOpioidType: 'short-acting', fentanylExposure: 'no' },
  },
  {
    name: 'type, fentanyl and time zone all unknown (a time typed, but no zone to place it in)',
    deviceZone: 'Asia/Tokyo', date: '2026-11-18', time: '08:00', type: "I don't know", fentanyl: "I don't know", zone: null,
    cliFacts: { userTimeZone: null, lastOpioidUseAt: '2026-11-18' },
  },
];

function cliDates(facts: Readonly<Record<string, string | null>>): { earliestStartDate: string; recommendedStartDate: string } {
  const output = execFileSync(process.execPath, [CLI_BIN, 'evaluate', 'waiting-period', '-'], {
    input: JSON.stringify({ evaluatedAt: NOW.toISOString(), ...facts }),
    encoding: 'utf8',
  });
  return JSON.parse(output) as { earliestStartDate: string; recommendedStartDate: string };
}

describe('When could naltrexone start? (built app, real Chromium)', () => {
  it.each(CASES)('shows the same dates as the command line: $name', async (testCase) => {
    const { page } = await session.openApp({ timezoneId: testCase.deviceZone, now: NOW });
    await page.getByRole('button', { name: /When could naltrexone start\?/ }).click();
    await page.getByLabel('Date of the last opioid use').fill(testCase.date);
    if (testCase.time !== '') await page.getByLabel('Time of the last use, if you know it').fill(testCase.time);
    await page.getByRole('group', { name: 'What kind of opioid was it?' }).getByRole('radio', { name: testCase.type, exact: true }).check();
    await page.getByRole('group', { name: 'Could it have contained fentanyl?' }).getByRole('radio', { name: testCase.fentanyl, exact: true }).check();
    const zoneInput = page.getByLabel('Time zone', { exact: true });
    expect(await zoneInput.inputValue()).toBe(testCase.deviceZone);
    if (testCase.zone === null) await page.getByLabel("I don't know the time zone").check();
    else await zoneInput.fill(testCase.zone);
    if (testCase === CASES[0]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await session.screenshot(page, 'naltrexone-form');
    }
    await page.getByRole('button', { name: 'Show the dates' }).click();

    const earliest = await page.getByTestId('earliest-date').getAttribute('datetime');
    const recommended = await page.getByTestId('recommended-date').getAttribute('datetime');
    const expected = cliDates(testCase.cliFacts);
    expect({ earliest, recommended }).toEqual({ earliest: expected.earliestStartDate, recommended: expected.recommendedStartDate });
    expect(await page.locator('ul.messages').textContent()).toContain(expected.earliestStartDate);
    if (testCase === CASES[0]) await session.screenshot(page, 'naltrexone-timeline');
  });

  it('gives no dates, only the clinician message, after a buprenorphine injection', async () => {
    const { page } = await session.openApp({ now: NOW });
    await page.getByRole('button', { name: /When could naltrexone start\?/ }).click();
    await page.getByLabel('Date of the last opioid use').fill('2026-11-01');
    await page.getByRole('radio', { name: 'A buprenorphine injection or implant' }).check();
    await page.getByRole('group', { name: 'Could it have contained fentanyl?' }).getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('button', { name: 'Show the dates' }).click();
    await page.getByRole('heading', { name: 'The dates need a clinician' }).waitFor();
    expect(await page.getByTestId('earliest-date').count()).toBe(0);
  });
});
