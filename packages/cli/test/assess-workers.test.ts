/**
 * `assess --ndjson --workers n`: worker threads must change nothing but speed. Output is compared byte for
 * byte with the in-process path over more lines than one block, with bad and blank lines mixed in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_BYTES } from '../src/batch/run-assess-batch.js';
import { mixedPatients } from './mixed-patients.js';
import { jsonLines, runCli } from './run-cli.js';


describe('assess --ndjson --workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-workers-'));
  const file = join(dir, 'patients.ndjson');
  // Enough lines for several blocks, and a count that does not end on a block boundary.
  let count = 577;
  while (mixedPatients(count).length < BLOCK_BYTES * 2.5) count += 131;
  const input = mixedPatients(count);
  writeFileSync(file, input);

  it('prints byte-identical output, order and exit code with 1, 2 and 3 threads', () => {
    const single = runCli(['assess', '--ndjson', file, '--workers', '1']);
    expect(single.status).toBe(1);
    const lines = jsonLines(single.stdout);
    const blank = input.split('\n').filter((line, i, all) => line.trim() === '' && i < all.length - 1).length;
    expect(lines).toHaveLength(count - blank);
    expect(lines.filter((line) => 'error' in line).length).toBeGreaterThan(4);
    for (const threads of ['2', '3']) {
      const parallel = runCli(['assess', '--ndjson', file, '--workers', threads]);
      expect(parallel.status).toBe(single.status);
      expect(parallel.stderr).toBe(single.stderr);
      expect(parallel.stdout === single.stdout).toBe(true);
    }
  });

  it('answers each line exactly as a single assess of that object does', () => {
    const parallel = jsonLines(runCli(['assess', '--ndjson', file, '--workers', '2']).stdout);
    const objects = input.split('\n').filter((line) => line.trim() !== '');
    for (const index of [0, 5, 10, 400]) {
      const alone = runCli(['assess'], objects[index]);
      if (alone.status === 0) expect(parallel[index]).toEqual(JSON.parse(alone.stdout));
      else expect((parallel[index] as { error: { code: string } }).error.code).toBe((JSON.parse(alone.stdout) as { error: { code: string } }).error.code);
    }
  });

  it('uses worker threads for auto and reads standard input the same way', () => {
    const fromFile = runCli(['assess', '--ndjson', file, '--workers', '1']).stdout;
    expect(runCli(['assess', '--ndjson', '-', '--workers', 'auto'], input).stdout === fromFile).toBe(true);
  });

  it('leaves traces out with --no-trace and changes no answer, whatever the thread count', () => {
    type Report = { results: Record<string, { outcome: string; firedRules: string[]; missingFacts: string[]; rules: { conditions?: unknown }[] }> };
    const tracedRun = runCli(['assess', '--ndjson', file, '--workers', '1']);
    const traced = jsonLines(tracedRun.stdout) as unknown as Report[];
    const bare = runCli(['assess', '--ndjson', file, '--workers', '1', '--no-trace']);
    expect(runCli(['assess', '--ndjson', file, '--workers', '2', '--no-trace']).stdout === bare.stdout).toBe(true);
    const lines = jsonLines(bare.stdout) as unknown as Report[];
    expect(lines).toHaveLength(traced.length);
    expect(bare.stdout.length).toBeLessThan(tracedRun.stdout.length * 0.75);
    lines.forEach((report, i) => {
      if (!report.results) return expect(traced[i]).toEqual(report);
      for (const [id, result] of Object.entries(report.results)) {
        const full = traced[i]?.results[id];
        expect(result.rules.every((rule) => rule.conditions === undefined)).toBe(true);
        expect(full?.rules.some((rule) => rule.conditions !== undefined)).toBe(true);
        expect([result.outcome, result.firedRules, result.missingFacts]).toEqual([full?.outcome, full?.firedRules, full?.missingFacts]);
      }
    });
  });

  it('rejects a bad --workers value, and --workers outside assess --ndjson', () => {
    for (const args of [
      ['assess', '--ndjson', file, '--workers', '0'],
      ['assess', '--ndjson', file, '--workers', 'two'],
      ['assess', '--ndjson', file, '--workers', '1.5'],
      ['assess', file, '--workers', '2'],
      ['evaluate', 'urgent-help', '--ndjson', file, '--workers', '2'],
      ['list', '--workers', '2'],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--workers/);
      expect(run.stdout).toBe('');
    }
    for (const args of [['assess', file, '--pretty', '--no-trace'], ['list', '--no-trace']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--no-trace/);
      expect(run.stdout).toBe('');
    }
  });
});
