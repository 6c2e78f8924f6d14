/**
 * Starts Debian's Chromium (or CHROMIUM_PATH) headless through playwright-core. A missing browser is a
 * test failure with the fix spelled out, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium, or throws saying how to install it or where to point CHROMIUM_PATH. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. The rule-playground browser tests cannot run without it.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}
