import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/playground/parse-json-text.js';

const problemsOf = (text: string) => {
  const parsed = parseJsonText('facts', text);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
};

describe('parseJsonText', () => {
  it('parses strict JSON', () => {
    expect(parseJsonText('facts', '{ "a": [1, 2] }')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('reports a missing comma at its line and column', () => {
    const [problem] = problemsOf('{\n  "a": 1\n  "b": 2\n}');
    expect(problem).toMatchObject({ kind: 'syntax', severity: 'error', position: { line: 3, column: 3 } });
    expect(problem?.message).toContain('comma');
    expect(problem?.hint).toContain('before');
  });

  it('refuses trailing commas and comments, which JSON does not allow', () => {
    expect(problemsOf('{ "a": 1, }')[0]?.position).toEqual({ line: 1, column: 11 });
    expect(problemsOf('{ // note\n "a": 1 }')[0]?.message).toContain('comments');
  });

  it('refuses a key written twice, which JSON.parse would silently resolve', () => {
    const problems = problemsOf('{\n  "fever": "yes",\n  "fever": "no"\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ position: { line: 3, column: 3 } });
    expect(problems[0]?.message).toContain('"fever" appears twice');
  });

  it('refuses empty text', () => {
    expect(problemsOf('  \n')[0]?.message).toContain('empty');
  });
});
