/**
 * Every SPEC vector of a built-in rule set (A to F) goes through the built binary: one `--ndjson` run
 * per rule set, checked line by line with the same assertions the core's API test uses.
 */
import { isBuiltInRuleSetId } from '@recovery-rules/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectVector } from '../../core/test/vectors/expect-vector.js';
import { loadVectors, type Vector } from '../../core/test/vectors/load-vectors.js';
import { jsonLines, runCli, type CliRun } from './run-cli.js';

const vectors = loadVectors().filter((v) => isBuiltInRuleSetId(v.ruleSetId));
const byRuleSet = new Map<string, Vector[]>();
for (const vector of vectors) byRuleSet.set(vector.ruleSetId, [...(byRuleSet.get(vector.ruleSetId) ?? []), vector]);

it('has the expected number of vectors per built-in rule set', () => {
  const count = (letter: string) => vectors.filter((v) => v.ruleSetLetter === letter).length;
  expect(['A', 'B', 'C', 'D', 'E', 'F'].map(count)).toEqual([23, 3, 16, 5, 9, 5]);
});

describe.each([...byRuleSet.entries()])('%s vectors through `evaluate --ndjson`', (ruleSetId, group: Vector[]) => {
  let run: CliRun;
  let results: Record<string, unknown>[];

  beforeAll(() => {
    run = runCli(['evaluate', ruleSetId, '--ndjson'], group.map((v) => JSON.stringify(v.facts)).join('\n'));
    results = jsonLines(run.stdout);
  });

  it('evaluates every line and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(results).toHaveLength(group.length);
  });

  it.each(group.map((v, index) => [v.id, v, index] as const))('%s', (_id, vector, index) => {
    expectVector(vector, results[index] ?? {});
  });
});

describe('single mode prints the same result as an NDJSON line', () => {
  it.each(['A04', 'B02', 'C01', 'D01', 'E13', 'F04'])('%s', (id) => {
    const vector = vectors.find((v) => v.id === id);
    if (!vector) throw new Error(`vector ${id} missing`);
    const input = JSON.stringify(vector.facts);
    const single = runCli(['evaluate', vector.ruleSetId], input);
    const ndjson = runCli(['evaluate', vector.ruleSetId, '--ndjson'], input);
    expect(single.status).toBe(0);
    expect(single.stdout).toBe(ndjson.stdout);
    expectVector(vector, JSON.parse(single.stdout) as Record<string, unknown>);
  });
});
