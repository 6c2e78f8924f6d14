/** Facts come from a file, from stdin with `-`, or from stdin when no file is named; all three agree. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eligibleFacts } from './fixtures.js';
import { runCli } from './run-cli.js';

describe('input sources', () => {
  const input = JSON.stringify(eligibleFacts(), null, 2);
  const file = join(mkdtempSync(join(tmpdir(), 'recovery-rules-cli-')), 'facts.json');
  writeFileSync(file, `\uFEFF${input}`);

  it('reads a file (a leading byte-order mark is allowed), stdin via "-", and stdin by default', () => {
    const fromFile = runCli(['evaluate', 'naltrexone-candidacy', file]);
    const fromDash = runCli(['evaluate', 'naltrexone-candidacy', '-'], input);
    const fromDefault = runCli(['evaluate', 'naltrexone-candidacy'], input);
    expect(fromFile.status).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ outcome: 'eligible' });
    expect(fromDash.stdout).toBe(fromFile.stdout);
    expect(fromDefault.stdout).toBe(fromFile.stdout);
  });

  it('reads NDJSON from a file', () => {
    const lines = join(mkdtempSync(join(tmpdir(), 'recovery-rules-cli-')), 'facts.ndjson');
    writeFileSync(lines, `${JSON.stringify(eligibleFacts())}\n${JSON.stringify(eligibleFacts())}\n`);
    const run = runCli(['evaluate', 'naltrexone-candidacy', '--ndjson', lines]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('rejects a directory as a usage error', () => {
    expect(runCli(['evaluate', 'urgent-help', tmpdir()]).status).toBe(2);
  });
});
