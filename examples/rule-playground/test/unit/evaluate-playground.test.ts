import { evaluateSync } from '@recovery-rules/core/sync';
import { describe, expect, it } from 'vitest';
import { builtInRuleSetText } from '../../src/playground/built-in-sources.js';
import { evaluatePlayground } from '../../src/playground/evaluate-playground.js';
import { fieldToPointer } from '../../src/playground/facts-problems.js';
import { patientFactsText, SAMPLE_PATIENTS } from '../../src/playground/sample-patients.js';

const candidacy = builtInRuleSetText('naltrexone-candidacy');
const facts = { evaluatedAt: '2025-03-15T12:00:00Z', userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-03-01', lastOpioidType: 'short-acting' };

describe('evaluatePlayground', () => {
  it('gives the SDK result for a valid rule set and facts', () => {
    const state = evaluatePlayground(candidacy, JSON.stringify(facts));
    expect(state.evaluation?.result).toEqual(evaluateSync('naltrexone-candidacy', facts));
    expect(state.evaluation?.outcome.id).toBe(evaluateSync('naltrexone-candidacy', facts).outcome);
  });

  it('never gives an outcome when the facts do not parse', () => {
    const state = evaluatePlayground(candidacy, '{ "fever": "yes", }');
    expect(state.evaluation).toBeUndefined();
    expect(state.problems.length).toBeGreaterThan(0);
    expect(state.problems.every((p) => p.editor === 'facts' && p.kind === 'syntax')).toBe(true);
  });

  it('never gives an outcome when the rule set does not load', () => {
    const state = evaluatePlayground(candidacy.replace('"operator": "equal"', '"operator": "lessThen"'), JSON.stringify(facts));
    expect(state.evaluation).toBeUndefined();
    expect(state.problems[0]).toMatchObject({ editor: 'rule-set', kind: 'rule-set' });
  });

  it('places a fact the vocabulary does not know at its key, with no outcome', () => {
    const text = JSON.stringify({ ...facts, feverish: 'yes' }, null, 2);
    const state = evaluatePlayground(candidacy, text);
    expect(state.evaluation).toBeUndefined();
    const problem = state.problems.find((p) => p.kind === 'facts');
    expect(problem?.pointer).toBe('/feverish');
    expect(problem?.position).toEqual({ line: 6, column: 3 });
  });

  it('an unknown critical fact turns a reassuring outcome into one that is not', () => {
    const ready = SAMPLE_PATIENTS.find((p) => p.file === '04-ready-candidate.json');
    if (!ready) throw new Error('the ready-candidate sample patient is missing');
    expect(evaluatePlayground(candidacy, patientFactsText(ready)).evaluation?.outcome.reassuring).toBe(true);
    for (const fact of ['pregnancyStatus', 'liverFailure', 'selfHarmThoughts', 'currentOpioidAgonistTreatment']) {
      const unknown = evaluatePlayground(candidacy, JSON.stringify({ ...ready.facts, [fact]: 'unknown' }));
      expect(unknown.evaluation?.outcome.reassuring, fact).toBe(false);
      const { [fact]: _left, ...absent } = ready.facts;
      expect(evaluatePlayground(candidacy, JSON.stringify(absent)).evaluation?.outcome.reassuring, `${fact} left out`).toBe(false);
    }
  });

  it('maps dotted facts fields to JSON pointers', () => {
    expect(fieldToPointer('cowsItems.sweating')).toBe('/cowsItems/sweating');
    expect(fieldToPointer('opioidExposures.0.type')).toBe('/opioidExposures/0/type');
    expect(fieldToPointer('')).toBe('/');
  });
});
