/**
 * `test`: clinical authors' test cases run through the built binary. The shipped cases must pass with full
 * rule coverage; a broken rule file, an invalid test file and a coverage gap must each be reported readably.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SHIPPED = fileURLToPath(new URL('../../core/rule-tests', import.meta.url));
const WAITING_PERIOD = fileURLToPath(new URL('../../core/rule-sets/waiting-period.json', import.meta.url));
const RULE_SET_IDS = ['cows', 'naltrexone-candidacy', 'overdose-risk', 'relapse-warnings', 'urgent-help', 'waiting-period'];

const tempDir = () => mkdtempSync(join(tmpdir(), 'recovery-rules-test-'));
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

const WAITING_BASE = {
  evaluatedAt: '2025-03-15T12:00:00Z',
  userTimeZone: 'America/New_York',
  lastOpioidUseAt: '2025-03-01T12:00:00Z',
  lastOpioidType: 'short-acting',
  fentanylExposure: 'no',
};

/** Cases for waiting-period: one that needs B-1, one that does not. */
const waitingCases = (ruleSet: string) => ({
  ruleSet,
  base: WAITING_BASE,
  cases: [
    {
      name: 'short-acting without fentanyl gives 7 and 10 days',
      facts: {},
      expect: { outcome: 'computed', firedRules: ['B-1'], earliestStartDate: '2025-03-09', recommendedStartDate: '2025-03-12' },
    },
    { name: 'depot buprenorphine is not computable', facts: { lastOpioidType: 'depot-buprenorphine' }, expect: { outcome: 'not-computable', firedRules: ['B-N1'] } },
  ],
});

/** A copy of waiting-period.json whose B-1 condition can never hold: "all: [C, not C]". */
function brokenWaitingPeriod(): unknown {
  const file = JSON.parse(readFileSync(WAITING_PERIOD, 'utf8')) as { rules: { id: string; conditions?: unknown }[] };
  const rule = file.rules.find((r) => r.id === 'B-1');
  if (!rule?.conditions) throw new Error('waiting-period.json has no B-1 with conditions');
  rule.conditions = { all: [rule.conditions, { not: rule.conditions }] };
  return file;
}

/** A rules directory with the rule file, and a separate tests directory whose file points at it. */
function authorWorkspace(ruleFile: unknown): { tests: string; testFile: string } {
  const root = tempDir();
  mkdirSync(join(root, 'rules'));
  mkdirSync(join(root, 'tests'));
  writeJson(join(root, 'rules', 'waiting-period.json'), ruleFile);
  const testFile = join(root, 'tests', 'waiting-period.test.json');
  writeJson(testFile, waitingCases('../rules/waiting-period.json'));
  return { tests: join(root, 'tests'), testFile };
}

describe('test: the shipped rule tests', () => {
  it('pass, with every rule of all six built-in rule sets fired', () => {
    const run = runCli(['test', SHIPPED, '--require-full-coverage']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed \(\d+ cases in 6 files\)$/m);
    for (const id of RULE_SET_IDS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${id} \\(built-in\\): (\\d+) of \\1 rules fired \\(100%\\)$`, 'm'));
    }
    expect(run.stdout).not.toContain('never fired');
  });
});

describe('test: a broken rule file', () => {
  it('passes against an unmodified copy, so the failure below comes from the edit', () => {
    const { tests } = authorWorkspace(JSON.parse(readFileSync(WAITING_PERIOD, 'utf8')));
    const run = runCli(['test', tests]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 passed, 0 failed');
  });

  it('fails with expected vs actual for each mismatch, and the rule shows as never fired', () => {
    const { tests, testFile } = authorWorkspace(brokenWaitingPeriod());
    const run = runCli(['test', tests]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${testFile}: waiting-period (`);
    expect(run.stdout).toContain(
      [
        '  ✗ short-acting without fentanyl gives 7 and 10 days',
        '      outcome: expected computed, got not-computable',
        '      firedRules: missing B-1 (fired: none)',
        '  ✓ depot buprenorphine is not computable',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/waiting-period \(.*rules\/waiting-period\.json\): 1 of 4 rules fired \(25%\); never fired: B-1, B-I1, B-TZ/);
    expect(run.stdout).toContain('1 passed, 1 failed (2 cases in 1 file)');
  });

  it('fails a case whose facts the core refuses, naming the field', () => {
    const dir = tempDir();
    writeJson(join(dir, 'bad-facts.json'), {
      ruleSet: 'waiting-period',
      cases: [{ name: 'no evaluatedAt', facts: { lastOpioidUseAt: '2025-03-01T12:00:00Z' }, expect: { outcome: 'computed' } }],
    });
    const run = runCli(['test', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ no evaluatedAt\n {6}invalid facts: evaluatedAt: received nothing/);
  });
});

describe('test: an invalid test file', () => {
  it('reports each problem at file:line:column with its JSON pointer, and still runs the other files', () => {
    const dir = tempDir();
    const file = join(dir, 'a-invalid.json');
    const text = `{
  "ruleSet": "waiting-period",
  "base": ${JSON.stringify(WAITING_BASE)},
  "cases": [
    {
      "name": "misspelt key",
      "facts": {},
      "expect": { "outcome": "computed", "firedRule": ["B-1"] }
    },
    {
      "name": "no outcome",
      "facts": {},
      "expect": { "firedRules": ["B-9"] }
    }
  ]
}
`;
    writeFileSync(file, text);
    writeJson(join(dir, 'b-valid.json'), waitingCases('waiting-period'));
    const run = runCli(['test', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}: not run, the test file is invalid`);
    expect(run.stdout).toContain(`${file}:8:42: unknown key "firedRule"; did you mean "firedRules"?`);
    expect(run.stdout).toContain('(at /cases/0/expect/firedRule)');
    expect(text.split('\n')[7]?.slice(41)).toMatch(/^"firedRule"/);
    expect(run.stdout).toContain(`${file}:13:7: "outcome" is required (expected text) (at /cases/1/expect/outcome)`);
    // The valid file still ran.
    expect(run.stdout).toContain('✓ short-acting without fentanyl gives 7 and 10 days');
    expect(run.stdout).toContain('2 passed, 0 failed, 1 invalid test file (2 cases in 2 files)');
  });

  it('rejects names the rule set does not have before running anything', () => {
    const dir = tempDir();
    const file = join(dir, 'names.json');
    writeJson(file, {
      ruleSet: 'waiting-period',
      cases: [{ name: 'typos', facts: {}, expect: { outcome: 'computd', notFiredRules: ['B-l'], flags: ['B-TZ'] } }],
    });
    const run = runCli(['test', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/"computd" is not an outcome of waiting-period; did you mean "computed"\? .*\(at \/cases\/0\/expect\/outcome\)/);
    expect(run.stdout).toMatch(/waiting-period has no rule "B-l"; did you mean "B-1"\? \(at \/cases\/0\/expect\/notFiredRules\/0\)/);
    expect(run.stdout).toMatch(/"B-TZ" is a rule id; the flag it raises is "time-zone-unknown"/);
  });

  it('reports a rule set that is neither built in nor a readable file at /ruleSet', () => {
    const dir = tempDir();
    const file = join(dir, 'missing-rules.json');
    writeJson(file, { ruleSet: '../nowhere/rules.json', cases: [{ name: 'x', facts: {}, expect: { outcome: 'computed' } }] });
    const run = runCli(['test', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/is neither a built-in rule set \(.*\) nor a readable rule-set file .*\(at \/ruleSet\)/);
  });
});

describe('test: --require-full-coverage', () => {
  const partial = () => {
    const dir = tempDir();
    writeJson(join(dir, 'partial.json'), waitingCases('waiting-period'));
    return dir;
  };

  it('reports a coverage gap without failing by default', () => {
    const run = runCli(['test', partial()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('waiting-period (built-in): 2 of 4 rules fired (50%); never fired: B-I1, B-TZ');
    expect(run.stdout).not.toContain('coverage incomplete');
  });

  it('fails when a rule of a tested rule set was never fired', () => {
    const run = runCli(['test', partial(), '--require-full-coverage']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('never fired: B-I1, B-TZ');
    expect(run.stdout).toContain('coverage incomplete: 1 rule set with rules no case fired (--require-full-coverage)');
  });
});

describe('test: usage errors', () => {
  it.each([
    ['no path', ['test']],
    ['a path that does not exist', ['test', 'no-such-dir']],
    ['a directory without test files', ['test', tempDir()]],
    ['an option of another command', ['test', SHIPPED, '--pretty']],
    ['--require-full-coverage on another command', ['validate', WAITING_PERIOD, '--require-full-coverage']],
  ])('%s exits 2 with a message on stderr only', (_label, args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^recovery-rules: .+\nRun "recovery-rules --help" for usage\.\n$/);
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).stdout).toContain('recovery-rules test <dir|file> [dir|file ...] [--require-full-coverage]');
  });
});
