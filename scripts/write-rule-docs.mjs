// Regenerates docs/rules/<id>.md for every built-in rule set with the built CLI (`pnpm docs:rules`).
// CI checks that the committed files are current (packages/cli/test/rule-docs.test.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const list = spawnSync(process.execPath, [bin, 'list'], { encoding: 'utf8' });
if (list.status !== 0) throw new Error(`recovery-rules list failed: ${list.stderr}`);
for (const { id } of JSON.parse(list.stdout)) {
  const run = spawnSync(process.execPath, [bin, 'docs', id], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`recovery-rules docs ${id} failed: ${run.stderr}`);
  const target = new URL(`../docs/rules/${id}.md`, import.meta.url);
  writeFileSync(target, run.stdout);
  console.log(`wrote docs/rules/${id}.md`);
}
