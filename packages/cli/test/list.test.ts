/** `list`: the built-in rule sets with their versions, as JSON or a table. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const IDS = ['naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings', 'cows', 'overdose-risk'];

describe('list', () => {
  it('prints a JSON array of rule sets with versions and outcomes', () => {
    const run = runCli(['list']);
    expect(run.status).toBe(0);
    const ruleSets = JSON.parse(run.stdout) as { id: string; version: string; outcomes: string[] }[];
    expect(ruleSets.map((r) => r.id)).toEqual(IDS);
    for (const ruleSet of ruleSets) {
      expect(ruleSet.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(ruleSet.outcomes.length).toBeGreaterThan(1);
    }
  });

  it('prints a table with --pretty', () => {
    const run = runCli(['list', '--pretty']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ID +VERSION +RULES +TITLE\n/);
    for (const id of IDS) expect(run.stdout).toMatch(new RegExp(`^${id} +\\d+\\.\\d+\\.\\d+ +\\d+ +\\S`, 'm'));
    expect(run.stdout).toContain('emergency-call-now > urgent-same-day');
  });
});
