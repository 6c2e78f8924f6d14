/** `assess`: every rule set for one facts object, one combined report; the same single/NDJSON contract. */
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli.js';

const AT = '2025-03-15T12:00:00Z';
const overdose = JSON.stringify({ evaluatedAt: AT, subjectRole: 'other-person', responsiveness: 'unresponsive' });

describe('assess', () => {
  it('prints one combined report with every rule set and the disclaimer', () => {
    const run = runCli(['assess'], overdose);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { results: Record<string, { outcome: string }>; messages: { ruleSet: string }[] };
    expect(Object.keys(report.results).sort()).toEqual(
      ['cows', 'naltrexone-candidacy', 'overdose-risk', 'relapse-warnings', 'urgent-help', 'waiting-period'],
    );
    expect(report.results['urgent-help']?.outcome).toBe('emergency-call-now');
    expect(report.messages[0]?.ruleSet).toBe('urgent-help');
    expect(report['disclaimer']).toEqual(expect.stringContaining('call emergency services'));
  });

  it('puts the emergency number for the region and the steps at the top of --pretty', () => {
    const run = runCli(['assess', '--pretty', '--region', 'DE'], overdose);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 6).join('\n')).toContain('CALL 112 NOW');
    expect(run.stdout).toMatch(/1\. .*112/);
  });

  it('speaks Spanish with --locale es', () => {
    const run = runCli(['assess', '--locale', 'es'], overdose);
    const report = JSON.parse(run.stdout) as { disclaimer: string; messages: { summary: string }[] };
    expect(report.disclaimer).toMatch(/No diagnostica/);
    expect(report.messages[0]?.summary).toMatch(/911 \(o el número de emergencias de su país\)/);
  });

  it('assesses NDJSON line by line, keeping order, with an error line for a bad one', () => {
    const run = runCli(['assess', '--ndjson'], [overdose, '{"evaluatedAt": 5}', JSON.stringify({ evaluatedAt: AT })].join('\n'));
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveProperty('results');
    expect(lines[1]).toMatchObject({ error: { code: 'invalid-facts', line: 2 } });
    expect(lines[2]).toHaveProperty('urgency');
  });

  it('evaluate also names the region\'s emergency number', () => {
    const run = runCli(['evaluate', 'urgent-help', '--region', 'GB'], overdose);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { messages: { summary: string }[] };
    expect(result.messages[0]?.summary).toContain('999');
    expect(run.stdout).not.toContain('911');
  });

  it.each([
    ['a malformed region', ['assess', '--region', 'usa']],
    ['an unknown locale', ['assess', '--locale', 'fr']],
    ['--pretty with --ndjson', ['assess', '--pretty', '--ndjson']],
  ])('rejects %s as a usage error', (_name, args) => {
    const run = runCli(args, overdose);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
