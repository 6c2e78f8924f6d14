/** Where the browser tests find the built app, the command-line tool and the screenshot folder. */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built app (vite build output). */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The built recovery-rules command of this repository. */
export const CLI_BIN = fileURLToPath(new URL('../../../../packages/cli/dist/bin.js', import.meta.url));

/** Screenshots committed for the README and docs. */
/**
 * Where screenshots go: the committed docs/images/ when UPDATE_SCREENSHOTS=1 (to refresh the docs), else a
 * scratch folder, so an ordinary test run never rewrites tracked files with pixel noise.
 */
export const IMAGES_DIR =
  process.env['UPDATE_SCREENSHOTS'] === '1'
    ? fileURLToPath(new URL('../../../../docs/images/', import.meta.url))
    : `${join(tmpdir(), 'recovery-rules-screenshots')}/`;

/** Throws a clear message when the app has not been built. */
export function assertBuilt(): void {
  if (!existsSync(`${DIST_DIR}index.html`)) throw new Error(`No built app in ${DIST_DIR}: run "pnpm build" in examples/family-web first.`);
}
