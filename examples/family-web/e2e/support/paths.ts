/** Where the browser tests find the built app, the command-line tool and the screenshot folder. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built app (vite build output). */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The built recovery-rules command of this repository. */
export const CLI_BIN = fileURLToPath(new URL('../../../../packages/cli/dist/bin.js', import.meta.url));

/** Screenshots committed for the README and docs. */
export const IMAGES_DIR = fileURLToPath(new URL('../../../../docs/images/', import.meta.url));

/** Throws a clear message when the app has not been built. */
export function assertBuilt(): void {
  if (!existsSync(`${DIST_DIR}index.html`)) throw new Error(`No built app in ${DIST_DIR}: run "pnpm build" in examples/family-web first.`);
}
