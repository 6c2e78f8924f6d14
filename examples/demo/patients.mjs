/**
 * The sample patients in ./patients, each `{ title, ruleSet, facts }`, in file-name order. Facts use the
 * SDK's fact vocabulary with a fixed `evaluatedAt`, so the demo prints the same thing on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ file: string, title: string, ruleSet: string, facts: Record<string, unknown> }} Patient */

const PATIENTS_DIR = fileURLToPath(new URL('./patients/', import.meta.url));

/** @returns {Patient[]} */
export function loadPatients() {
  return readdirSync(PATIENTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(PATIENTS_DIR, file), 'utf8')) }));
}

/** Path of the built `recovery-rules` binary, found through the package like any dependent would. */
export function cliBinPath() {
  const manifestPath = createRequire(import.meta.url).resolve('@recovery-rules/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), manifest.bin['recovery-rules']);
}
