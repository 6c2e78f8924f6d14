import { INPUT_FACTS } from '@recovery-rules/core/sync';
import { describe, expect, it } from 'vitest';
import { applyAnswer, evaluateUrgentHelp } from '../src/engine/emergency-flow.js';
import { humanise, questionFor } from '../src/questions/question-model.js';
import { CONTEXT } from './simulate-flow.js';

describe('questionFor', () => {
  const asked = evaluateUrgentHelp({}, CONTEXT).askNext.map((missing) => missing.fact);

  it('has a question for every fact urgent help can ask, except grouped facts (which stay unknown)', () => {
    const unaskable = asked.filter((fact) => questionFor(fact) === null);
    for (const fact of unaskable) expect(INPUT_FACTS[fact as keyof typeof INPUT_FACTS].kind).toBe('object');
    expect(asked.length - unaskable.length).toBeGreaterThan(20);
  });

  it('offers exactly the values the SDK allows, no more and no fewer', () => {
    for (const fact of asked) {
      const question = questionFor(fact);
      const kind = INPUT_FACTS[fact as keyof typeof INPUT_FACTS];
      if (question?.kind === 'choice' && kind.kind === 'enum') expect(question.choices.map((choice) => choice.value)).toEqual(kind.values);
    }
  });

  it('offers "Never" only for moments the SDK accepts "never" for', () => {
    expect(questionFor('naloxoneGivenAt')).toMatchObject({ kind: 'moment', allowsNever: true });
    expect(questionFor('lastOpioidUseAt')).toMatchObject({ kind: 'moment', allowsNever: false });
  });

  it('words an unlisted fact from its name rather than refusing it', () => {
    expect(questionFor('ageYears')).toMatchObject({ kind: 'number', prompt: 'Age years?', min: 0, max: 120 });
    expect(humanise('blue-gray-or-purple')).toBe('Blue gray or purple');
    expect(questionFor('notAFact')).toBeNull();
  });
});

describe('applyAnswer', () => {
  it('accepts an answer the SDK accepts', () => {
    expect(applyAnswer({}, 'naloxoneGivenAt', 'never', CONTEXT)).toEqual({ facts: { naloxoneGivenAt: 'never' } });
  });

  it('refuses a rescue time in the future with the SDK\'s reason, keeping the facts unchanged', () => {
    const applied = applyAnswer({ responsiveness: 'alert' }, 'naloxoneGivenAt', '2099-01-01T00:00:00Z', CONTEXT);
    expect(applied).toHaveProperty('refused');
    expect('refused' in applied && applied.refused).toMatch(/future/);
  });
});
