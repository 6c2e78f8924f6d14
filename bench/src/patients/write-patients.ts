/**
 * `node bench/dist/write-patients.js <count> <file> [seed]`: streams `count` generated patients as NDJSON to
 * a file, with backpressure, so a million patients never sit in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generatePatient } from './generate-patient.js';
import { seededRandom } from './random.js';

/** Writes `count` patients, one JSON object per line, and resolves when the file is complete. */
export async function writePatients(count: number, file: string, seed = 7): Promise<void> {
  const random = seededRandom(seed);
  const out = createWriteStream(file, { encoding: 'utf8' });
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(generatePatient(random))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
