/**
 * `node bench/dist/measure-facts-parse.js [--baseline <core dist/sync.js>]`: CPU time of `parseFacts` on
 * generated patients, interleaved in one run with what it replaces. Without `--baseline` the comparison is
 * the zod `factsSchema.safeParse` alone (a lower bound for the old zod path, which also walked the limits
 * and removed unknowns); with `--baseline` pointing at another build of the core (e.g. a copy of main's
 * `packages/core/dist/sync.js`), its `parseFacts` is measured side by side as the before figure.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { factsSchema, parseFacts } from '@recovery-rules/core/sync';
import { runInterleaved, type BenchCase } from '../harness/interleave.js';
import { generatePatient } from '../patients/generate-patient.js';
import { seededRandom } from '../patients/random.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, patients: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '15' } } });

const random = seededRandom(11);
// Through JSON, as the CLI sees them: plain objects of JSON values.
const patients = Array.from({ length: Number(values.patients) }, () => JSON.parse(JSON.stringify(generatePatient(random))) as unknown);
const pick = (i: number) => patients[i % patients.length];

const cases: BenchCase[] = [
  { name: 'parseFacts (this build)', run: (i) => parseFacts(pick(i)) },
  { name: 'factsSchema.safeParse (zod alone)', run: (i) => factsSchema.safeParse(pick(i)) },
];
if (values.baseline) {
  const baseline = (await import(pathToFileURL(resolve(values.baseline)).href)) as { parseFacts: (input: unknown) => unknown };
  cases.push({ name: 'parseFacts (baseline build)', run: (i) => baseline.parseFacts(pick(i)) });
}

const results = await runInterleaved(cases, { rounds: Number(values.rounds), roundMs: 100 });
const [ours] = results;
for (const result of results) {
  const ratio = ours ? result.medianNs / ours.medianNs : 1;
  console.log(
    `${result.name.padEnd(36)} ${(result.medianNs / 1000).toFixed(2).padStart(7)} µs CPU per call (±${(result.spread * 100).toFixed(0)}%)  ${ratio.toFixed(2)}× this build`,
  );
}
