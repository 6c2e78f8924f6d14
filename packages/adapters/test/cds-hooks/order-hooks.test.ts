import { assessSync } from '@recovery-rules/core';
import { describe, expect, it, vi } from 'vitest';
import { CDS_SERVICE_IDS, createCdsHooksService } from '../../src/cds-hooks/index.js';
import { assertValidCdsResponse } from './support/cds-validation.js';
import { validated } from './support/validated-service.js';
import { EVALUATED_AT, fakeFactsMapper, fixedNow, prefetchWithFacts, sequentialUuid } from './support/fake-facts-mapper.js';
import { IBUPROFEN_ORDER, medicationRequest, NALTREXONE_ORDER, orderRequest, OXYCODONE_ORDER, RXNORM } from './support/requests.js';

const SIGN = CDS_SERVICE_IDS.orderSign;
const SELECT = CDS_SERVICE_IDS.orderSelect;
const serviceWith = (mapper = fakeFactsMapper()) => validated(createCdsHooksService({ factsFromFhir: mapper, now: fixedNow, newUuid: sequentialUuid }));
const labels = (cards: readonly { source: { label: string } }[]) => cards.map((c) => c.source.label);

describe('order-sign and order-select', () => {
  it('give no card, and evaluate nothing, for orders that are neither naltrexone nor an opioid', async () => {
    const mapper = fakeFactsMapper();
    const response = serviceWith(mapper).call(SIGN, orderRequest('order-sign', [IBUPROFEN_ORDER], prefetchWithFacts({})));
    expect(response).toEqual({ cards: [] });
    expect(mapper.calls).toHaveLength(0);
    await assertValidCdsResponse(response);
  });

  it('answer a naltrexone order with candidacy and waiting-period cards naming the order', async () => {
    const facts = { lastOpioidUseAt: '2026-11-20', lastOpioidType: 'short-acting' };
    const response = serviceWith().call(SIGN, orderRequest('order-sign', [NALTREXONE_ORDER], prefetchWithFacts(facts)));
    expect(labels(response.cards)).toEqual([expect.stringContaining('Naltrexone candidacy'), expect.stringContaining('waiting period')]);
    const report = assessSync({ evaluatedAt: EVALUATED_AT, ...facts });
    expect(response.cards[0]?.summary).toBe(report.messages.find((m) => m.ruleSet === 'naltrexone-candidacy')?.summary);
    expect(response.cards[0]?.detail).toContain('**Draft order:** naltrexone');
    expect(response.cards[0]?.detail).toContain(`earliest start date ${report.results['naltrexone-candidacy'].earliestStartDate}`);
    await assertValidCdsResponse(response);
  });

  it('answer an opioid order with an overdose-risk card, even when the result is reassuring', async () => {
    const response = serviceWith().call(SIGN, orderRequest('order-sign', [OXYCODONE_ORDER], prefetchWithFacts({})));
    expect(labels(response.cards)).toEqual([expect.stringContaining('Overdose-risk')]);
    expect(response.cards[0]?.indicator).toBe('warning');
    await assertValidCdsResponse(response);
  });

  it('without prefetch: a card naming the data needed, then the order cards, none reassuring', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const response = serviceWith().call(SIGN, orderRequest('order-sign', [NALTREXONE_ORDER, OXYCODONE_ORDER]));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(response.cards[0]?.summary).toMatch(/no usable prefetch data/);
    expect(response.cards.slice(1).map((c) => c.indicator)).toEqual(['warning', 'warning', 'warning']);
    expect(response.cards.every((c) => c.indicator !== 'info')).toBe(true);
    await assertValidCdsResponse(response);
    fetchSpy.mockRestore();
  });

  it('put an emergency found in the chart on top of an order response', async () => {
    const prefetch = prefetchWithFacts({ suspectedOverdose: 'yes', breathingStatus: 'absent' });
    const response = serviceWith().call(SIGN, orderRequest('order-sign', [OXYCODONE_ORDER], prefetch));
    expect(response.cards[0]?.indicator).toBe('critical');
    expect(response.cards[0]?.source.label).toMatch(/When to seek help/);
    await assertValidCdsResponse(response);
  });

  it('say which orders could not be checked when their Medication was not sent, beside the cards for the orders that could', async () => {
    const external = { resourceType: 'MedicationRequest', id: 'ext', status: 'draft', intent: 'order', subject: { reference: 'Patient/p1' }, medicationReference: { reference: 'Medication/123' } };
    const alone = serviceWith().call(SIGN, orderRequest('order-sign', [external], prefetchWithFacts({})));
    expect(alone.cards).toHaveLength(1);
    expect(alone.cards[0]?.indicator).toBe('warning');
    expect(alone.cards[0]?.summary).toBe('Could not check 1 draft medication order for naltrexone or opioid safety: the medication could not be identified.');
    expect(alone.cards[0]?.detail).toContain('`MedicationRequest/ext`: Medication/123 was not sent with the order');
    await assertValidCdsResponse(alone);

    const mixed = serviceWith().call(SIGN, orderRequest('order-sign', [OXYCODONE_ORDER, external], prefetchWithFacts({})));
    expect(labels(mixed.cards)).toEqual([expect.stringContaining('Overdose-risk'), expect.stringContaining('draft orders')]);
    await assertValidCdsResponse(mixed);

    const sent = { resourceType: 'Medication', id: '123', code: { coding: [{ system: RXNORM, code: '7804', display: 'oxycodone' }] } };
    const resolved = serviceWith().call(SIGN, orderRequest('order-sign', [external, sent], prefetchWithFacts({})));
    expect(labels(resolved.cards)).toEqual([expect.stringContaining('Overdose-risk')]);
  });

  it('order-select looks only at the selected orders', () => {
    const request = orderRequest('order-select', [NALTREXONE_ORDER, OXYCODONE_ORDER], prefetchWithFacts({}), ['MedicationRequest/oxy']);
    const cards = serviceWith().call(SELECT, request).cards;
    expect(labels(cards)).toEqual([expect.stringContaining('Overdose-risk')]);
    const none = orderRequest('order-select', [NALTREXONE_ORDER], prefetchWithFacts({}), ['MedicationRequest/other']);
    expect(serviceWith().call(SELECT, none).cards).toEqual([]);
  });

  it('rejects order-select without selections and order-sign without draftOrders', () => {
    const { selections: _dropped, ...context } = orderRequest('order-select', [NALTREXONE_ORDER]).context as Record<string, unknown>;
    expect(() => serviceWith().call(SELECT, { ...orderRequest('order-select', [NALTREXONE_ORDER]), context })).toThrow(
      expect.objectContaining({ code: 'invalid-request', issues: [expect.objectContaining({ path: 'context.selections' })] }),
    );
    const sign = orderRequest('order-sign', [NALTREXONE_ORDER]);
    expect(() => serviceWith().call(SIGN, { ...sign, context: { userId: 'u', patientId: 'p' } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'context.draftOrders' })] }),
    );
  });

  it('recognise Vivitrol by name and do not mistake naloxone for naltrexone', () => {
    const vivitrol = medicationRequest('v', [{ system: 'urn:local', code: 'X1', display: 'VIVITROL 380 mg kit' }]);
    const naloxone = medicationRequest('n', [{ system: RXNORM, code: '7242', display: 'naloxone' }]);
    expect(serviceWith().call(SIGN, orderRequest('order-sign', [vivitrol], prefetchWithFacts({}))).cards.length).toBe(2);
    expect(serviceWith().call(SIGN, orderRequest('order-sign', [naloxone], prefetchWithFacts({}))).cards).toEqual([]);
  });
});
