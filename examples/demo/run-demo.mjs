/**
 * Runs every sample patient through the built CLI (`recovery-rules evaluate <ruleSet> --pretty`, or
 * `recovery-rules assess --pretty` for a patient whose ruleSet is "assess", facts on stdin) and prints each explanation under a header. Build first: `pnpm build` (or `pnpm demo` at the
 * root, which does both). Pass file names (or parts of them) to run only some patients.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cliBinPath, loadPatients } from './patients.mjs';

const bin = cliBinPath();
if (!existsSync(bin)) {
  console.error(`The CLI is not built (${bin} is missing). Run "pnpm build" at the repository root first.`);
  process.exit(1);
}

const filters = process.argv.slice(2);
const patients = loadPatients().filter((p) => filters.length === 0 || filters.some((f) => p.file.includes(f)));
const width = Math.min(process.stdout.columns || 100, 100);

patients.forEach((patient, index) => {
  const rule = '#'.repeat(width);
  console.log(`${index === 0 ? '' : '\n\n'}${rule}`);
  console.log(`# Patient ${index + 1} of ${patients.length}: ${patient.title}`);
  const args = patient.ruleSet === 'assess' ? ['assess', '--pretty', '--region', 'US'] : ['evaluate', patient.ruleSet, '--pretty'];
  console.log(`# $ recovery-rules ${args.join(' ')} < patients/${patient.file}`);
  console.log(`${rule}\n`);
  const run = spawnSync(process.execPath, [bin, ...args], {
    input: JSON.stringify(patient.facts),
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exitCode = 1;
  }
});
