/**
 * `assess --ndjson --summary`: one compact line per patient with what each rule set decided, the same for
 * any number of worker threads, bad lines reported in place with their line numbers, exit codes as for
 * full reports, and every decision equal to the full report's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_BYTES } from '../src/batch/run-assess-batch.js';
import { mixedPatients } from './mixed-patients.js';
import { jsonLines, runCli } from './run-cli.js';

interface Summary {
  line: number;
  urgency: string;
  emergencyNotRuledOut: boolean;
  results: Record<string, Record<string, unknown> & { outcome: string; firedRules: string[]; flags: string[]; unknownRules: string[]; missingFacts: string[] }>;
}
interface FullReport {
  urgency: string;
  emergency?: unknown;
  evaluationOrder: string[];
  results: Record<string, Record<string, unknown> & { invalidFacts?: { field: string }[] }>;
}


describe('assess --ndjson --summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-summary-'));
  const file = join(dir, 'patients.ndjson');
  let count = 400;
  while (mixedPatients(count).length < BLOCK_BYTES * 2.5) count += 97;
  const input = mixedPatients(count);
  writeFileSync(file, input);
  const single = runCli(['assess', '--ndjson', '--summary', file, '--workers', '1']);
  const summaries = jsonLines(single.stdout);

  it('prints byte-identical output, stderr and exit code with 1, 2 and auto threads', () => {
    expect(single.status).toBe(1);
    for (const threads of ['2', 'auto']) {
      const parallel = runCli(['assess', '--ndjson', '--summary', file, '--workers', threads]);
      expect(parallel.status).toBe(single.status);
      expect(parallel.stderr).toBe(single.stderr);
      expect(parallel.stdout === single.stdout).toBe(true);
    }
  });

  it('answers every non-blank line in order, bad lines as error lines with their line numbers', () => {
    const inputLines = input.split('\n').slice(0, -1);
    const expectedNumbers = inputLines.flatMap((text, i) => (text.trim() === '' ? [] : [i + 1]));
    expect(summaries.map((s) => ('error' in s ? (s['error'] as { line: number }).line : s['line']))).toEqual(expectedNumbers);
    const errors = summaries.filter((s) => 'error' in s) as { error: { code: string; line: number } }[];
    expect(errors.map((e) => e.error.code).sort()).toEqual(
      inputLines.flatMap((text) => (text.startsWith('{"evaluatedAt": nope') ? ['invalid-json'] : text.includes('"ageYears":130') ? ['invalid-facts'] : [])).sort(),
    );
    expect(single.stderr).toMatch(new RegExp(`${errors.length} line\\(s\\) could not be evaluated`));
  });

  it('reports exactly the full report decisions, in a line a small fraction of its size', () => {
    const full = runCli(['assess', '--ndjson', file, '--workers', '2']);
    expect(full.status).toBe(single.status);
    const reports = jsonLines(full.stdout);
    expect(reports).toHaveLength(summaries.length);
    expect(single.stdout.length).toBeLessThan(full.stdout.length / 10);
    let cowsTotals = 0;
    let waitingDates = 0;
    reports.forEach((raw, i) => {
      const summary = summaries[i] as unknown as Summary;
      if ('error' in raw) return expect(summary).toEqual(raw);
      const report = raw as unknown as FullReport;
      expect(Object.keys(summary)).toEqual(['line', 'urgency', 'emergencyNotRuledOut', 'results']);
      expect(summary.urgency).toBe(report.urgency);
      expect(summary.emergencyNotRuledOut).toBe(report.emergency !== undefined);
      expect(Object.keys(summary.results)).toEqual(report.evaluationOrder);
      for (const [id, result] of Object.entries(report.results)) {
        const mine = summary.results[id] as Summary['results'][string];
        for (const key of ['outcome', 'firedRules', 'flags', 'unknownRules', 'missingFacts', 'total', 'minTotal', 'maxTotal', 'complete', 'earliestStartAt', 'recommendedStartAt']) {
          expect(mine[key], `${id}.${key} on line ${summary.line}`).toEqual(result[key]);
        }
        expect(mine['invalidFacts']).toEqual(result.invalidFacts?.map((issue) => issue.field));
        if (mine['total'] !== undefined || mine['minTotal'] !== undefined) cowsTotals += 1;
        if (mine['earliestStartAt'] !== undefined) waitingDates += 1;
      }
    });
    expect(cowsTotals).toBeGreaterThan(0);
    expect(waitingDates).toBeGreaterThan(0);
  });

  it('reads standard input the same way', () => {
    expect(runCli(['assess', '--ndjson', '--summary', '-', '--workers', '2'], input).stdout === single.stdout).toBe(true);
  });

  it('is refused outside assess --ndjson', () => {
    for (const args of [
      ['assess', file, '--summary'],
      ['assess', file, '--pretty', '--summary'],
      ['evaluate', 'urgent-help', '--ndjson', file, '--summary'],
      ['list', '--summary'],
      ['lint', '--summary'],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--summary/);
      expect(run.stdout).toBe('');
    }
  });
});
