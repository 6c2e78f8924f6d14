/** `--ndjson`: one result per line in input order; bad lines become error lines and the rest go on. */
import { describe, expect, it } from 'vitest';
import { eligibleFacts, invalidAgeFacts } from './fixtures.js';
import { jsonLines, runCli } from './run-cli.js';

const ok = JSON.stringify(eligibleFacts());
const notYet = JSON.stringify({ ...eligibleFacts(), lastOpioidUseAt: '2025-03-12T12:00:00Z' });

describe('evaluate --ndjson', () => {
  it('keeps order, reports bad lines in place with their line numbers, skips blank lines, then exits 1', () => {
    const input = [ok, '{"evaluatedAt": oops', '', notYet, '   ', JSON.stringify(invalidAgeFacts()), ok].join('\n');
    const run = runCli(['evaluate', 'naltrexone-candidacy', '--ndjson'], input);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l['outcome'] ?? (l['error'] as { code: string }).code)).toEqual([
      'eligible',
      'invalid-json',
      'not-yet',
      'invalid-facts',
      'eligible',
    ]);
    expect(lines[1]).toMatchObject({ error: { line: 2 } });
    expect(lines[3]).toMatchObject({ error: { line: 6, issues: [expect.objectContaining({ field: 'ageYears' })] } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/2 line\(s\) could not be evaluated/);
  });

  it('exits 0 when every line evaluates, with Windows line endings and no final newline', () => {
    const run = runCli(['evaluate', 'naltrexone-candidacy', '--ndjson', '-'], `${ok}\r\n${notYet}`);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((l) => l['outcome'])).toEqual(['eligible', 'not-yet']);
    expect(run.stderr).toBe('');
  });

  it('prints nothing for empty input', () => {
    const run = runCli(['evaluate', 'urgent-help', '--ndjson'], '\n\n');
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('passes --fentanyl-policy to every line', () => {
    const fentanyl = JSON.stringify({ ...eligibleFacts(), fentanylExposure: 'yes', lastOpioidUseAt: '2025-03-07T12:00:00Z' });
    const starts = (policy: string) =>
      jsonLines(runCli(['evaluate', 'waiting-period', '--ndjson', '--fentanyl-policy', policy], fentanyl).stdout).map((l) => [
        l['earliestStartAt'],
        (l['policy'] as { fentanylPolicy: string }).fentanylPolicy,
      ]);
    expect(starts('extend')).toEqual([['2025-03-17T12:00:00.000Z', 'extend']]);
    expect(starts('label-only')).toEqual([['2025-03-14T12:00:00.000Z', 'label-only']]);
  });
});
