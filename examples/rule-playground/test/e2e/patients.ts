/** The demo's sample patients read in Node, for comparing the browser with the SDK. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PATIENTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../demo/patients');

/** One sample patient file. */
export interface PatientFile {
  readonly name: string;
  readonly ruleSet: string;
  readonly facts: Record<string, unknown>;
}

/** Every sample patient, in file-name order. */
export function readPatients(): PatientFile[] {
  return readdirSync(PATIENTS)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(resolve(PATIENTS, file), 'utf8')) as { ruleSet: string; facts: Record<string, unknown> };
      return { name: file.replace(/\.json$/, ''), ruleSet: parsed.ruleSet, facts: parsed.facts };
    });
}
