import { describe, expect, it } from 'vitest';
import { assess, ASSESSMENT_ORDER, BUILT_IN_RULE_SET_IDS, DISCLAIMERS, evaluate, FactsValidationError } from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const vector = (id: string) => loadVectors().find((v) => v.id === id)?.facts ?? {};

describe('assess', () => {
  it('evaluates every built-in rule set exactly once, in dependency order', async () => {
    const report = await assess(vector('C01'));
    expect(report.evaluationOrder).toEqual(ASSESSMENT_ORDER);
    expect([...report.evaluationOrder].sort()).toEqual([...BUILT_IN_RULE_SET_IDS].sort());
    expect(Object.keys(report.results).sort()).toEqual([...BUILT_IN_RULE_SET_IDS].sort());
  });

  it('gives the same result per rule set as evaluating it alone', async () => {
    const facts = vector('A25');
    const report = await assess(facts);
    for (const id of BUILT_IN_RULE_SET_IDS) expect(report.results[id]).toEqual(await evaluate(id, facts));
  });

  it('puts the emergency first, with the number and the ordered steps, for an unresponsive person with blue lips', async () => {
    const report = await assess(
      { evaluatedAt: '2025-03-15T12:00:00Z', subjectRole: 'other-person', responsiveness: 'unresponsive', lipNailColor: 'blue-gray-or-purple' },
      { region: 'GB' },
    );
    expect(report.urgency).toBe('critical');
    expect(report.messages[0]).toMatchObject({ ruleSet: 'urgent-help', outcome: 'emergency-call-now' });
    expect(report.emergency?.contacts.emergencyNumber).toBe('999');
    expect(report.emergency?.steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5]);
    expect(report.emergency?.contacts.crisisLine).toBeUndefined();
  });

  it('keeps the call-if-in-doubt safety net first when urgent help cannot rule out an emergency', async () => {
    const report = await assess({ evaluatedAt: '2025-03-15T12:00:00Z', subjectRole: 'other-person' });
    expect(report.results['urgent-help'].outcome).toBe('insufficient-information');
    expect(report.messages[0]?.ruleSet).toBe('urgent-help');
    expect(report.messages[0]?.summary).toMatch(/911/);
    expect(report.emergency?.contacts.emergencyNumber).toBe('911');
    expect(report.askNext[0]?.severity).toBe('critical');
  });

  it('always carries the disclaimer, in the chosen language', async () => {
    expect((await assess(vector('C01'))).disclaimer).toBe(DISCLAIMERS.en);
    const spanish = await assess({ evaluatedAt: '2025-03-15T12:00:00Z', breathingStatus: 'absent' }, { locale: 'es' });
    expect(spanish.disclaimer).toBe(DISCLAIMERS.es);
    expect(spanish.messages[0]?.summary).toMatch(/o el número de emergencias de su país/);
  });

  it('has no emergency screen when urgent help is routine', async () => {
    const report = await assess(vector('C01'));
    expect(report.results['urgent-help'].outcome).toBe('routine');
    expect(report.emergency).toBeUndefined();
  });

  it('rejects invalid facts, including an invalid COWS score, with a typed error', async () => {
    await expect(assess({ evaluatedAt: '2025-03-15T12:00:00Z', cowsItems: { sweating: 9 } })).rejects.toBeInstanceOf(FactsValidationError);
  });

  it('passes the SPEC vectors that depend on other rule sets (A31 COWS, A32 urgency) inside the assessment', async () => {
    expect((await assess(vector('A31'))).results['naltrexone-candidacy'].firedRules).toContain('A-N11');
    expect((await assess(vector('A32'))).results['naltrexone-candidacy'].firedRules).toContain('A-N12');
  });
});
