import { describe, expect, it } from 'vitest';
import { builtInRuleSetText } from '../../src/playground/built-in-sources.js';
import { checkRuleSet } from '../../src/playground/check-rule-set.js';
import { evaluatePlayground } from '../../src/playground/evaluate-playground.js';
import { positionAt } from '../../src/playground/text-position.js';

/** The COWS rule set with one more rule that needs a total both below 5 and above 36, which never happens. */
function withDeadRule(): string {
  const file = JSON.parse(builtInRuleSetText('cows')) as { rules: Record<string, unknown>[]; outcomes: { id: string }[] };
  const dead = {
    id: 'DEAD-1',
    outcome: file.outcomes[0]?.id,
    message: file.rules[0]?.message,
    sources: ['test'],
    conditions: { all: [{ fact: 'cowsMinTotal', operator: 'lessThan', value: 5 }, { fact: 'cowsMinTotal', operator: 'greaterThan', value: 36 }] },
  };
  file.rules.splice(1, 0, dead);
  return JSON.stringify(file, null, 2);
}

describe('lint findings', () => {
  it('are warnings placed in the text, and do not stop evaluation', () => {
    const text = withDeadRule();
    const checked = checkRuleSet(text);
    if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.pointer}: ${p.message}`).join('; '));
    const finding = checked.warnings.find((w) => w.pointer?.startsWith('/rules/1'));
    expect(finding).toMatchObject({ kind: 'lint', severity: 'warning' });
    expect(finding?.message).toContain('never-fires');
    expect(finding?.pointer).toBe('/rules/1/conditions');
    expect(finding?.position).toEqual(positionAt(text, text.indexOf('"conditions"', text.indexOf('"DEAD-1"'))));
    const state = evaluatePlayground(text, JSON.stringify({ cowsItems: {} }));
    expect(state.evaluation).toBeDefined();
    expect(state.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('facts that are not an object are an error, with no outcome', () => {
    const state = evaluatePlayground(builtInRuleSetText('cows'), '[]');
    expect(state.evaluation).toBeUndefined();
    expect(state.problems.some((p) => p.editor === 'facts' && p.severity === 'error')).toBe(true);
  });
});
