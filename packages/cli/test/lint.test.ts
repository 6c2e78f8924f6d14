/** `lint`: findings placed at the file's own line and column; the built-in rule sets are clean. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const file = fileURLToPath(new URL('./fixtures/rule-files/lint-findings.json', import.meta.url));

describe('lint', () => {
  it('finds nothing in the built-in rule sets', () => {
    const run = runCli(['lint', 'naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings', 'cows', 'overdose-risk']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').every((line) => line.endsWith(': no findings'))).toBe(true);
  });

  it('reports each finding at its position, and exits 1', () => {
    const run = runCli(['lint', file]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => /: ([a-z-]+): /.exec(l)?.[1])).toEqual(['never-fires', 'missing-message', 'threshold-out-of-range', 'missing-message', 'outcome-never-produced']);
    const text = readFileSync(file, 'utf8').split('\n');
    const threshold = /:(\d+):(\d+): threshold-out-of-range/.exec(run.stdout);
    expect(text[Number(threshold?.[1]) - 1]?.slice(Number(threshold?.[2]) - 1)).toMatch(/^"value": 150/);
  });

  it('sends an invalid file to validate, and needs a target', () => {
    const broken = fileURLToPath(new URL('./fixtures/rule-files/broken.json', import.meta.url));
    const run = runCli(['lint', broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('recovery-rules validate');
    expect(runCli(['lint']).status).toBe(2);
  });
});
