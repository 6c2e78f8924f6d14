/** `validate`: each loader problem printed at the line and column of the real file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/rule-files/${name}`, import.meta.url));
const builtIn = (id: string) => fileURLToPath(new URL(`../../core/rule-sets/${id}.json`, import.meta.url));

describe('validate', () => {
  it('accepts every built-in rule file', () => {
    const ids = ['naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings', 'cows', 'overdose-risk'];
    const run = runCli(['validate', ...ids.map(builtIn)]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(ids.length);
    expect(run.stdout).toMatch(/naltrexone-candidacy\.json: ok \(naltrexone-candidacy 0\.1\.0, \d+ rules\)/);
  });

  it('puts each problem at its file:line:column, where the offending key is in the real file', () => {
    const file = fixture('broken.json');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    const text = readFileSync(file, 'utf8').split('\n');
    const lines = run.stdout.trim().split('\n');
    // Every problem line is followed by a one-line fix hint.
    expect(lines.filter((l) => l.startsWith('  hint: ')).length).toBe(lines.filter((l) => !l.startsWith('  hint: ')).length);
    const problems = lines
      .filter((line) => !line.startsWith('  hint: '))
      .map((line) => /^(.*):(\d+):(\d+): (.*) \(at (\/[^)]*)\)$/.exec(line))
      .map((m) => ({ file: m?.[1], line: Number(m?.[2]), column: Number(m?.[3]), message: m?.[4] ?? '', pointer: m?.[5] ?? '' }));
    expect(problems.map((p) => p.pointer)).toEqual(['/rules/0/conditions/all/0/value', '/rules/0/conditions/all/1/value', '/rules/1/outcome']);
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      // The position is where the key the pointer ends with starts, in the file as written.
      const key = problem.pointer.split('/').pop() ?? '';
      expect(text[problem.line - 1]?.slice(problem.column - 1)).toMatch(new RegExp(`^"${key}"`));
    }
    expect(problems[0]?.message).toMatch(/"18" is not a number/);
    expect(problems[1]?.message).toMatch(/"expecting" is not one of "pregnant"/);
    expect(problems[2]?.message).toMatch(/outcome "go" is not declared/);
  });

  it('points an unknown fact name at its key', () => {
    const file = fixture('unknown-fact.json');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}:16:13: unknown fact "ageYrs"`);
    expect(readFileSync(file, 'utf8').split('\n')[15]?.slice(12)).toMatch(/^"fact": "ageYrs"/);
  });

  it('reports a JSON syntax error at its position', () => {
    const file = fixture('trailing-comma.json');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${file.replaceAll('/', '\\/').replaceAll('.', '\\.')}:5:1: not valid JSON`, 'm'));
  });

  it('checks every file even after a bad one', () => {
    const run = runCli(['validate', fixture('broken.json'), builtIn('cows')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/cows\.json: ok/);
  });

  it('needs at least one file', () => {
    expect(runCli(['validate']).status).toBe(2);
  });
});
