import { builtInRuleSet } from '@recovery-rules/core/sync';
import { describe, expect, it } from 'vitest';
import { builtInRuleSetText, RULE_SET_IDS } from '../../src/playground/built-in-sources.js';
import { checkRuleSet } from '../../src/playground/check-rule-set.js';
import { positionAt } from '../../src/playground/text-position.js';

describe('checkRuleSet', () => {
  it.each([...RULE_SET_IDS])('loads the built-in %s from its editable text with the same content hash', (id) => {
    const checked = checkRuleSet(builtInRuleSetText(id));
    if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
    expect(checked.ruleSet.contentHash).toBe(builtInRuleSet(id).contentHash);
  });

  it('places an unknown operator at the key it is written under', () => {
    const original = builtInRuleSetText('urgent-help');
    const at = original.indexOf('"operator": "equal"');
    const broken = `${original.slice(0, at)}"operator": "lessThen"${original.slice(at + '"operator": "equal"'.length)}`;
    const checked = checkRuleSet(broken);
    if (checked.ok) throw new Error('expected a load error');
    const problem = checked.problems.find((p) => p.pointer?.endsWith('/operator'));
    expect(problem).toMatchObject({ kind: 'rule-set', severity: 'error', position: positionAt(broken, at) });
    expect(problem?.hint).toBeTruthy();
  });

  it('places a missing required key at the object that lacks it', () => {
    const file = JSON.parse(builtInRuleSetText('cows')) as { rules: { id: string; message?: string }[] };
    delete file.rules[1]?.message;
    const text = JSON.stringify(file, null, 2);
    const checked = checkRuleSet(text);
    if (checked.ok) throw new Error('expected a load error');
    expect(checked.problems[0]?.pointer).toBe('/rules/1/message');
    const ruleStart = text.lastIndexOf('{', text.indexOf(`"id": "${file.rules[1]?.id}"`));
    expect(checked.problems[0]?.position).toEqual(positionAt(text, ruleStart));
  });
});
