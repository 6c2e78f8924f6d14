import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, evaluate, loadRuleSet, RuleSetLoadError, spanishMessages, withFallback, englishMessages } from '../../src/index.js';

const minimal = (outcomes: unknown[]) => ({
  id: 'x',
  version: '1.0.0',
  title: 't',
  outcomes,
  insufficientOutcome: 'unsure',
  rules: [{ id: 'R-1', outcome: 'ok', fallback: true, message: 'm', sources: ['s'] }],
});

describe('outcome severity', () => {
  it.each(BUILT_IN_RULE_SET_IDS)('%s declares a severity for every outcome', (id) => {
    expect(builtInRuleSet(id).outcomes.filter((o) => o.severity === undefined)).toEqual([]);
  });

  it('marks only emergencies and contraindications critical among built-ins', () => {
    const critical = BUILT_IN_RULE_SET_IDS.flatMap((id) => builtInRuleSet(id).outcomes.filter((o) => o.severity === 'critical').map((o) => `${id}/${o.id}`));
    expect(critical).toEqual(['naltrexone-candidacy/contraindicated', 'urgent-help/emergency-call-now']);
  });

  it('rejects a reassuring outcome that is not info, and an insufficient outcome that is info', () => {
    const bad = minimal([
      { id: 'unsure', description: 'd', severity: 'info' },
      { id: 'ok', description: 'd', severity: 'warning', reassuring: true },
    ]);
    const error = (() => {
      try {
        loadRuleSet(bad);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RuleSetLoadError);
    expect((error as RuleSetLoadError).issues.map((i) => i.pointer).sort()).toEqual(['/outcomes/0/severity', '/outcomes/1/severity']);
  });
});

describe('Spanish messages', () => {
  it('render urgent-help results in Spanish and fall back to English elsewhere', async () => {
    const messages = withFallback(spanishMessages, englishMessages);
    // locale picks the words around the number; messages may also be given explicitly.
    const urgent = await evaluate('urgent-help', { evaluatedAt: '2025-03-15T12:00:00Z', breathingStatus: 'absent' }, { locale: 'es', messages });
    expect(urgent.messages[0]?.summary).toMatch(/911/);
    expect(urgent.messages[0]?.summary).toBe(
      spanishMessages['urgent-help']?.['C-E1']?.summary.replace('{emergencyNumber}', '911 (o el número de emergencias de su país)'),
    );
    const relapse = await evaluate('relapse-warnings', { evaluatedAt: '2025-03-15T12:00:00Z', useAfterAbstinence: 'yes' }, { locale: 'es' });
    expect(relapse.messages[0]?.summary).toBe(englishMessages['relapse-warnings']?.['D-3']?.summary);
  });
});
