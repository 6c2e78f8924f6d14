/** `docs`: review documents of rule sets, and the committed docs/rules/ kept current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const IDS = ['naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings', 'cows', 'overdose-risk'];
const committed = (id: string) => readFileSync(new URL(`../../../docs/rules/${id}.md`, import.meta.url), 'utf8');

describe('docs', () => {
  it.each(IDS)('docs/rules/%s.md is current (regenerate with `pnpm docs:rules`)', (id) => {
    const run = runCli(['docs', id]);
    expect(run.status).toBe(0);
    expect(committed(id)).toBe(run.stdout);
  });

  it('states version and content hash, and every rule with its sources', () => {
    const list = JSON.parse(runCli(['list']).stdout) as { id: string; version: string; contentHash: string; ruleCount: number }[];
    const candidacy = list.find((r) => r.id === 'naltrexone-candidacy');
    const doc = runCli(['docs', 'naltrexone-candidacy']).stdout;
    expect(doc).toContain(`**Version:** ${candidacy?.version}`);
    expect(doc).toContain(candidacy?.contentHash);
    const ruleRows = doc.split('\n').filter((line) => /^\| A-[A-Z0-9-]+ \|/.test(line));
    expect(ruleRows).toHaveLength(candidacy?.ruleCount ?? -1);
    expect(doc).toMatch(/\| A-C5 \| all of: urineOpioidScreen is "positive"; not \[challengePassed\] \| contraindicated \| VIV §4; REV \|/);
  });

  it('renders escaped, standalone HTML', () => {
    const run = runCli(['docs', 'urgent-help', '--format', 'html']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain('<th scope="col">Rule</th>');
    expect(run.stdout).toContain('&quot;unresponsive&quot;');
    expect(run.stdout).not.toMatch(/<td>[^<]*"[^<]*<\/td>/);
  });

  it('documents a rule-set file, and rejects an unknown target or format', () => {
    const file = new URL('../../core/rule-sets/cows.json', import.meta.url).pathname;
    expect(runCli(['docs', file]).stdout).toContain('# Clinical Opiate Withdrawal Scale (COWS) (cows)');
    expect(runCli(['docs', 'no-such-set']).status).toBe(2);
    expect(runCli(['docs', 'cows', '--format', 'pdf']).status).toBe(2);
    const broken = new URL('./fixtures/rule-files/broken.json', import.meta.url).pathname;
    const run = runCli(['docs', broken]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('recovery-rules validate');
  });
});
