import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateUrgentHelp, messagesForOutcome, nextQuestion } from '../src/engine/emergency-flow.js';
import { DONT_KNOW, type Answer } from '../src/questions/answer.js';
import type { Question } from '../src/questions/question-model.js';
import { CONTEXT, simulateFlow } from './simulate-flow.js';

/** SPEC §2C C-I1: without these, an emergency cannot be ruled out. */
const CRITICAL_FACTS = ['breathingStatus', 'responsiveness', 'lipNailColor', 'suspectedOverdose', 'selfHarmThoughts'];

const known = (value: string): Answer => ({ known: true, value });

describe('the emergency question flow', () => {
  it("asks the engine's own top-ranked question first", () => {
    const start = evaluateUrgentHelp({}, CONTEXT);
    expect(start.outcome).toBe('insufficient-information');
    expect(nextQuestion(start, new Set())?.fact).toBe(start.askNext[0]?.fact);
  });

  it.each(['normal', 'slow-or-shallow', 'gurgling-or-snoring', 'absent', 'unknown'])(
    'reaches emergency-call-now in at most three answers for an unresponsive person with blue lips (breathing: %s)',
    (breathing) => {
      const person: Readonly<Record<string, Answer>> = {
        breathingStatus: breathing === 'unknown' ? DONT_KNOW : known(breathing),
        responsiveness: known('unresponsive'),
        lipNailColor: known('blue-gray-or-purple'),
      };
      const { result, asked } = simulateFlow((question) => person[question.fact] ?? DONT_KNOW);
      expect(result.outcome).toBe('emergency-call-now');
      expect(asked.length).toBeLessThanOrEqual(3);
    },
  );

  it('never asks a fact twice, whether answered or not known', () => {
    expect(new Set(simulateFlow(() => DONT_KNOW).asked).size).toBe(simulateFlow(() => DONT_KNOW).asked.length);
    const never = simulateFlow((question) => (question.kind === 'moment' && question.allowsNever ? known('never') : DONT_KNOW));
    expect(never.asked).toContain('naloxoneGivenAt');
    expect(new Set(never.asked).size).toBe(never.asked.length);
  });

  it('ends on insufficient-information, never reassurance, when nothing is known', () => {
    expect(simulateFlow(() => DONT_KNOW).result.outcome).toBe('insufficient-information');
  });

  it('reassures (routine or contact-care-team) only when every critical sign was answered', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (picks) => {
      let turn = 0;
      const respond = (question: Question): Answer => {
        const pick = picks[turn++ % picks.length] ?? 0;
        const options: Answer[] =
          question.kind === 'choice' ? question.choices.map((choice) => known(choice.value))
          : question.kind === 'moment' && question.allowsNever ? [known('never')]
          : [];
        // One pick in four is "I don't know", so unknowns are common.
        return pick % 4 === 0 || options.length === 0 ? DONT_KNOW : (options[pick % options.length] ?? DONT_KNOW);
      };
      const { result, facts } = simulateFlow(respond);
      if (result.outcome === 'routine' || result.outcome === 'contact-care-team') {
        for (const fact of CRITICAL_FACTS) expect(facts, `reassured with ${fact} unknown`).toHaveProperty(fact);
      }
      if (CRITICAL_FACTS.some((fact) => !(fact in facts)) && result.outcome !== 'emergency-call-now') {
        expect(['urgent-same-day', 'insufficient-information']).toContain(result.outcome);
      }
    }), { numRuns: 150 });
  });

  it('can reach routine, but only after every critical sign is answered', () => {
    const calm = ['normal', 'alert', 'no', 'none', 'not-pregnant', 'never'];
    const { result, facts } = simulateFlow((question) => {
      const value = question.kind === 'choice' ? question.choices.find((choice) => calm.includes(choice.value))?.value : question.kind === 'moment' && question.allowsNever ? 'never' : undefined;
      return value === undefined ? DONT_KNOW : known(value);
    });
    expect(result.outcome).toBe('routine');
    for (const fact of CRITICAL_FACTS) expect(facts).toHaveProperty(fact);
  });

  it('explains an emergency with the emergency rules only', () => {
    const result = evaluateUrgentHelp({ responsiveness: 'unresponsive' }, CONTEXT);
    const messages = messagesForOutcome(result);
    expect(messages.map((message) => message.ruleId)).toEqual(['C-E2']);
    expect(result.messages.length).toBeGreaterThan(messages.length);
  });
});
