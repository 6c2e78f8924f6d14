import { assessSync, emergencyResponseSteps, DEFAULT_EMERGENCY_CONTACTS } from '@recovery-rules/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CDS_SERVICE_IDS, CdsHooksError, createCdsHooksService, PREFETCH_TEMPLATES, RULE_TOPIC_SYSTEM } from '../../src/cds-hooks/index.js';
import { assertValidCdsResponse } from './support/cds-validation.js';
import { validated } from './support/validated-service.js';
import { EVALUATED_AT, fakeFactsMapper, fixedNow, prefetchWithFacts, sequentialUuid } from './support/fake-facts-mapper.js';
import { patientViewRequest } from './support/requests.js';

const ID = CDS_SERVICE_IDS.patientView;

function serviceWith(mapper = fakeFactsMapper(), extra: { includeInfoCards?: boolean } = {}) {
  return validated(createCdsHooksService({ factsFromFhir: mapper, now: fixedNow, newUuid: sequentialUuid, ...extra }));
}

afterEach(() => vi.restoreAllMocks());

describe('patient-view without prefetch', () => {
  it('fetches nothing and answers with one card that names the data it needs, never a reassuring one', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const mapper = fakeFactsMapper();
    const request = patientViewRequest(undefined, {
      fhirServer: 'https://ehr.example/fhir',
      fhirAuthorization: { access_token: 't', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.read', subject: 'svc' },
    });
    const response = serviceWith(mapper).call(ID, request);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(mapper.calls).toHaveLength(0);
    expect(response.cards).toHaveLength(1);
    const [card] = response.cards;
    expect(card?.indicator).toBe('warning');
    for (const [key, query] of Object.entries(PREFETCH_TEMPLATES)) expect(card?.detail).toContain(`\`${key}\`: \`${query}\``);
    await assertValidCdsResponse(response);
  });

  it("carries urgent help's own safety-net message and the emergency steps", () => {
    const card = serviceWith().call(ID, patientViewRequest()).cards[0];
    const core = assessSync({ evaluatedAt: EVALUATED_AT });
    const safetyNet = core.messages.find((m) => m.ruleSet === 'urgent-help');
    expect(safetyNet).toBeDefined();
    expect(card?.detail).toContain(safetyNet!.summary.replace(/'/g, "'"));
    for (const step of emergencyResponseSteps(DEFAULT_EMERGENCY_CONTACTS, 'en')) expect(card?.detail).toContain(step.text.split('.')[0]);
    expect(card?.source.topic).toEqual({ system: RULE_TOPIC_SYSTEM, code: safetyNet!.ruleId, display: expect.any(String) });
  });

  it('treats prefetch keys sent as null like missing ones', () => {
    const nulls = Object.fromEntries(Object.keys(PREFETCH_TEMPLATES).map((k) => [k, null]));
    const cards = serviceWith().call(ID, patientViewRequest(nulls)).cards;
    expect(cards).toHaveLength(1);
    expect(cards[0]?.summary).toMatch(/no usable prefetch data/);
  });
});

describe('patient-view with prefetch', () => {
  it('puts an emergency first, critical, with core’s message and steps, topic = the rule id', async () => {
    const mapper = fakeFactsMapper();
    const response = serviceWith(mapper).call(ID, patientViewRequest(prefetchWithFacts({ suspectedOverdose: 'yes', breathingStatus: 'absent' })));
    expect(mapper.calls[0]?.evaluatedAt).toBe(EVALUATED_AT);
    const [first] = response.cards;
    const report = assessSync({ evaluatedAt: EVALUATED_AT, suspectedOverdose: 'yes', breathingStatus: 'absent' });
    const lead = report.messages[0]!;
    expect(first?.indicator).toBe('critical');
    expect(first?.summary).toBe(lead.summary);
    expect(first?.source.topic?.code).toBe(lead.ruleId);
    expect(first?.source.label).toMatch(/When to seek help/);
    for (const step of report.emergency!.steps) expect(first?.detail).toContain(`${step.order}. `);
    expect(first?.detail).toContain(report.disclaimer);
    await assertValidCdsResponse(response);
  });

  it('maps a contraindication to a critical card and orders cards by severity', async () => {
    const response = serviceWith().call(ID, patientViewRequest(prefetchWithFacts({ currentOpioidAgonistTreatment: 'methadone' })));
    const candidacy = response.cards.find((c) => c.source.label.includes('Naltrexone candidacy'));
    expect(candidacy?.indicator).toBe('critical');
    expect(candidacy?.source.topic?.code).toBe('A-C2');
    expect(response.cards[0]).toBe(candidacy);
    const rank = { critical: 0, warning: 1, info: 2 };
    const ranks = response.cards.map((c) => rank[c.indicator]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await assertValidCdsResponse(response);
  });

  it('leaves info results out unless asked, and never drops an insufficient-information result', () => {
    const facts = { lastOpioidUseAt: '2026-11-01T08:00:00Z', lastOpioidType: 'short-acting', fentanylExposure: 'no', userTimeZone: 'UTC' };
    const report = assessSync({ evaluatedAt: EVALUATED_AT, ...facts });
    expect(report.results['waiting-period'].outcome).toBe('computed');
    const without = serviceWith().call(ID, patientViewRequest(prefetchWithFacts(facts))).cards;
    const withInfo = serviceWith(fakeFactsMapper(), { includeInfoCards: true }).call(ID, patientViewRequest(prefetchWithFacts(facts))).cards;
    expect(without.some((c) => c.source.label.includes('waiting period'))).toBe(false);
    expect(withInfo.find((c) => c.source.label.includes('waiting period'))?.indicator).toBe('info');
    const insufficient = Object.values(report.results).filter((r) => r.outcome === 'insufficient-information').length;
    expect(without.length).toBeGreaterThanOrEqual(insufficient);
    expect(without.every((c) => c.indicator !== 'info')).toBe(true);
  });

  it('drops a fact core rejects, keeps the rest, and lists the problem on its own card', async () => {
    const mapper = fakeFactsMapper([{ kind: 'stale', fact: 'altXuln', message: 'ALT result is 400 days old' }]);
    const prefetch = prefetchWithFacts({ suspectedOverdose: 'yes', breathingStatus: 'absent', pregnancyStatus: 'sometimes' });
    const response = serviceWith(mapper).call(ID, patientViewRequest(prefetch));
    expect(response.cards[0]?.indicator).toBe('critical');
    const problems = response.cards.at(-1);
    expect(problems?.summary).toMatch(/could not be used/);
    expect(problems?.detail).toContain('`pregnancyStatus`');
    expect(problems?.detail).toContain('ALT result is 400 days old');
    await assertValidCdsResponse(response);
  });
});

describe('patient-view with part of the prefetch', () => {
  it('names the queries the EHR did not answer on an info card after the results', async () => {
    const { conditions: _c, medicationStatements: _m, ...partial } = prefetchWithFacts({ currentOpioidAgonistTreatment: 'methadone' });
    const response = serviceWith().call(ID, patientViewRequest({ ...partial, medicationRequests: 'not a resource' }));
    expect(response.cards[0]?.indicator).toBe('critical');
    const last = response.cards.at(-1);
    expect(last?.indicator).toBe('info');
    expect(last?.summary).toMatch(/saw only part of the chart/);
    expect(last?.detail).toContain('`conditions` (`Condition?patient={{context.patientId}}`): not sent');
    expect(last?.detail).toContain('`medicationStatements`');
    expect(last?.detail).toContain('`medicationRequests`: sent, but not a FHIR resource or Bundle');
    await assertValidCdsResponse(response);
  });
});

describe('patient-view request validation', () => {
  it('rejects a hook that is not the service’s, and a context without patientId', () => {
    const service = serviceWith();
    expect(() => service.call(ID, { ...patientViewRequest(), hook: 'order-sign' })).toThrow(CdsHooksError);
    try {
      service.call(ID, { ...patientViewRequest(), context: { userId: 'Practitioner/x' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-request', issues: [{ path: 'context.patientId' }] });
    }
    expect(() => service.call('nope', patientViewRequest())).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('card options', () => {
  it('adds the configured links and override reasons to every card, and nothing when unset', async () => {
    const links = [{ label: 'How these checks work', url: 'https://example.org/recovery-rules', type: 'absolute' as const }];
    const overrideReasons = [{ system: 'urn:example:override', code: 'discussed', display: 'Discussed with patient' }];
    const service = validated(createCdsHooksService({ factsFromFhir: fakeFactsMapper(), now: fixedNow, links, overrideReasons, sourceUrl: 'https://example.org/rules' }));
    const response = service.call(ID, patientViewRequest(prefetchWithFacts({ currentOpioidAgonistTreatment: 'methadone' })));
    for (const card of response.cards) expect(card).toMatchObject({ links, overrideReasons, source: { url: 'https://example.org/rules' } });
    await assertValidCdsResponse(response);
    const plain = serviceWith().call(ID, patientViewRequest(prefetchWithFacts({})));
    for (const card of plain.cards) expect(Object.keys(card)).not.toContain('links');
  });
});
