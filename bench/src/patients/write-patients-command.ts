/** `node bench/dist/write-patients.js <count> <file> [seed]`: writes generated patients as NDJSON. */
import { writePatients } from './write-patients.js';

const [countText, file, seedText] = process.argv.slice(2);
const count = Number(countText);
if (!Number.isInteger(count) || count < 1 || file === undefined) {
  process.stderr.write('usage: write-patients <count> <file> [seed]\n');
  process.exit(2);
}
await writePatients(count, file, seedText === undefined ? 7 : Number(seedText));
