/** CDS Hooks request bodies for tests. */
export function patientViewRequest(prefetch?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    hook: 'patient-view',
    hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
    context: { userId: 'Practitioner/example', patientId: 'p1' },
    ...(prefetch !== undefined && { prefetch }),
    ...extra,
  };
}

export function medicationRequest(id: string, coding: { system?: string; code?: string; display?: string }[], text?: string) {
  return {
    resourceType: 'MedicationRequest',
    id,
    status: 'draft',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: { coding, ...(text !== undefined && { text }) },
  };
}

export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const NALTREXONE_ORDER = medicationRequest('ntx', [{ system: RXNORM, code: '7243', display: 'naltrexone' }]);
export const OXYCODONE_ORDER = medicationRequest('oxy', [{ system: RXNORM, code: '7804', display: 'oxycodone' }]);
export const IBUPROFEN_ORDER = medicationRequest('ibu', [{ system: RXNORM, code: '5640', display: 'ibuprofen' }]);

export function orderRequest(
  hook: 'order-select' | 'order-sign',
  orders: readonly object[],
  prefetch?: Record<string, unknown>,
  selections?: readonly string[],
) {
  return {
    hook,
    hookInstance: '2d6b4a8e-6d0c-4b8a-9a4e-0d0f5a1e7c11',
    context: {
      userId: 'Practitioner/example',
      patientId: 'p1',
      ...(hook === 'order-select' && { selections: selections ?? orders.map((o) => `MedicationRequest/${(o as { id: string }).id}`) }),
      draftOrders: { resourceType: 'Bundle', type: 'collection', entry: orders.map((resource) => ({ resource })) },
    },
    ...(prefetch !== undefined && { prefetch }),
  };
}
