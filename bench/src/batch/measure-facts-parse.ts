/**
 * `node bench/dist/measure-facts-parse.js [--baseline <core dist/sync.js>] [--invalid]`: CPU time of
 * `parseFacts` on generated patients, interleaved in one run with what it replaces. Without `--baseline` the
 * comparison is the zod `factsSchema.safeParse` alone (a lower bound for the zod path `parseFacts` took on
 * invalid input until it dropped zod, which also walked the limits and removed unknowns); with `--baseline`
 * pointing at another build of the core (e.g. a copy of main's `packages/core/dist/sync.js`), its
 * `parseFacts` is measured side by side as the before figure. `--invalid` spoils every patient, so the
 * figures are those of the error path.
 *
 * Caution: in this harness the statically imported build has measured up to 2x slower than the same code
 * loaded through `--baseline` (seen with the two builds' roles swapped), so check a difference by swapping
 * the roles (or timing each build's `parseFacts` in a plain loop) before reporting it.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseFacts } from '@recovery-rules/core/sync';
// The zod schema left the sync entry (parseFacts no longer uses it); the main entry still exports it.
import { factsSchema } from '@recovery-rules/core';
import { runInterleaved, type BenchCase } from '../harness/interleave.js';
import { generatePatient } from '../patients/generate-patient.js';
import { seededRandom } from '../patients/random.js';

const { values } = parseArgs({
  options: { baseline: { type: 'string' }, patients: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '15' }, invalid: { type: 'boolean', default: false } },
});

/** With `--invalid`, each patient carries the common mistakes: a number as a string, a typo, a bad COWS score. */
function spoil(patient: Record<string, unknown>): Record<string, unknown> {
  return { ...patient, ageYears: String(patient['ageYears'] ?? 40), fentanylExposre: 'yes', cowsItems: { sweating: 7, tremor: 'x' } };
}

const random = seededRandom(11);
// Through JSON, as the CLI sees them: plain objects of JSON values.
const patients = Array.from({ length: Number(values.patients) }, () => {
  const patient = JSON.parse(JSON.stringify(generatePatient(random))) as Record<string, unknown>;
  return values.invalid ? spoil(patient) : patient;
});
const pick = (i: number) => patients[i % patients.length];

/** Invalid input throws; the cost of building the error is part of what is measured. */
function attempt(parse: (input: unknown) => unknown, input: unknown): unknown {
  try {
    return parse(input);
  } catch (error) {
    return error;
  }
}

const cases: BenchCase[] = [
  { name: 'parseFacts (this build)', run: (i) => attempt(parseFacts, pick(i)) },
  { name: 'factsSchema.safeParse (zod alone)', run: (i) => factsSchema.safeParse(pick(i)) },
];
if (values.baseline) {
  const baseline = (await import(pathToFileURL(resolve(values.baseline)).href)) as { parseFacts: (input: unknown) => unknown };
  cases.push({ name: 'parseFacts (baseline build)', run: (i) => attempt(baseline.parseFacts, pick(i)) });
}

const results = await runInterleaved(cases, { rounds: Number(values.rounds), roundMs: 100 });
const [ours] = results;
for (const result of results) {
  const ratio = ours ? result.medianNs / ours.medianNs : 1;
  console.log(
    `${result.name.padEnd(36)} ${(result.medianNs / 1000).toFixed(2).padStart(7)} µs CPU per call (±${(result.spread * 100).toFixed(0)}%)  ${ratio.toFixed(2)}× this build`,
  );
}
