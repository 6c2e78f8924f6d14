/** Exit codes 0 / 1 / 2 of the command-line contract, and what each prints where. */
import { describe, expect, it } from 'vitest';
import { eligibleFacts, invalidAgeFacts } from './fixtures.js';
import { runCli } from './run-cli.js';

const valid = JSON.stringify(eligibleFacts());

describe('exit code 0: evaluated', () => {
  it('prints one line of result JSON and nothing on stderr', () => {
    const run = runCli(['evaluate', 'naltrexone-candidacy'], valid);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ruleSet: 'naltrexone-candidacy', outcome: 'eligible' });
  });
});

describe('exit code 1: invalid input', () => {
  it('names the invalid field in the error JSON on stdout, with a short line on stderr', () => {
    const run = runCli(['evaluate', 'naltrexone-candidacy'], JSON.stringify(invalidAgeFacts()));
    expect(run.status).toBe(1);
    const { error } = JSON.parse(run.stdout) as { error: { code: string; issues: { field: string; received: unknown }[] } };
    expect(error.code).toBe('invalid-facts');
    expect(error.issues).toEqual([expect.objectContaining({ field: 'ageYears', received: 130 })]);
    expect(run.stderr).toMatch(/^recovery-rules: invalid-facts: .*ageYears/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '{"evaluatedAt": '],
    ['empty input', ''],
    ['two objects', '{} {}'],
  ])('reports %s as invalid-json', (_name, input) => {
    const run = runCli(['evaluate', 'urgent-help'], input);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'invalid-json', message: expect.any(String) } });
    expect(run.stderr).toMatch(/invalid-json/);
  });

  it('treats JSON that is not an object as invalid facts', () => {
    const run = runCli(['evaluate', 'urgent-help'], '[1, 2]');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'invalid-facts' } });
  });
});

describe('exit code 2: usage error, reported on stderr only', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['an unknown rule set id', ['evaluate', 'cow']],
    ['a missing rule set id', ['evaluate']],
    ['an unknown option', ['evaluate', 'urgent-help', '--verbose']],
    ['a bad fentanyl policy', ['evaluate', 'naltrexone-candidacy', '--fentanyl-policy', 'longest']],
    ['--pretty with --ndjson', ['evaluate', 'urgent-help', '--ndjson', '--pretty']],
    ['an extra argument', ['evaluate', 'urgent-help', 'a.json', 'b.json']],
    ['an option list does not take', ['list', '--ndjson']],
    ['a file that does not exist', ['evaluate', 'urgent-help', 'no-such-file.json']],
  ])('%s', (_name, args) => {
    const run = runCli(args, valid);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^recovery-rules: .+\nRun "recovery-rules --help" for usage\.\n$/);
  });

  it('lists the built-in rule sets when the id is unknown', () => {
    expect(runCli(['evaluate', 'overdose-risks'], valid).stderr).toContain('naltrexone-candidacy, waiting-period, urgent-help, relapse-warnings, cows, overdose-risk');
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help'], ['evaluate', '--help']])('%s prints usage and exits 0', (...args) => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).toContain('Exit codes:');
  });

  it('--version prints the package version', () => {
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
