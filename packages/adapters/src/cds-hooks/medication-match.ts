/**
 * Which draft orders are for naltrexone or for an opioid. A MedicationRequest matches by an RxNorm code in
 * its `medicationCodeableConcept` or, when no listed code matches, by a drug name in a coding's `display` or
 * the concept's `text`. Matching errs towards showing a card: an extra card is an inconvenience, a missed
 * opioid order is not. Hosts add their own codes (e.g. a value-set expansion) through `extraCodes`.
 *
 * The codes are listed, with how each was checked, in docs/cds-hooks.md.
 */
import type { DraftOrdersBundle } from './request-schema.js';

/** The RxNorm code system URI. */
export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** What an order was recognised as. */
export type OrderKind = 'naltrexone' | 'opioid';

/** RxNorm codes recognised per kind (ingredient codes, plus clinical drugs where noted in the docs). */
export const RXNORM_CODES: Readonly<Record<OrderKind, readonly string[]>> = Object.freeze({
  // 7243: naltrexone (ingredient); 1483744: naltrexone hydrochloride 50 MG Oral Tablet.
  naltrexone: ['7243', '1483744'],
  // Ingredients: morphine, oxycodone, hydrocodone, hydromorphone, fentanyl, codeine, tramadol, methadone,
  // buprenorphine, oxymorphone, meperidine, tapentadol, levorphanol, dihydrocodeine, pentazocine, butorphanol.
  opioid: ['7052', '7804', '5489', '3423', '4337', '2670', '10689', '6813', '1819', '7814', '6754', '787390', '6378', '23088', '8001', '1841'],
});

const NAMES: Readonly<Record<OrderKind, RegExp>> = {
  naltrexone: /\b(naltrexone|vivitrol|revia)\b/i,
  opioid:
    /\b(morphine|oxycodone|hydrocodone|hydromorphone|fentanyl|codeine|tramadol|methadone|buprenorphine|oxymorphone|meperidine|pethidine|tapentadol|levorphanol|dihydrocodeine|pentazocine|butorphanol|sufentanil|remifentanil|alfentanil)\b/i,
};

/** A draft order recognised as naltrexone or an opioid. */
export interface MatchedOrder {
  readonly kind: OrderKind;
  /** `MedicationRequest/{id}` when the order has an id. */
  readonly reference?: string;
  /** How the medication was named in the order, for the card. */
  readonly label: string;
}

interface Concept {
  readonly coding?: readonly { readonly system?: unknown; readonly code?: unknown; readonly display?: unknown }[];
  readonly text?: unknown;
}

function kindsOf(concept: Concept, extraCodes: Readonly<Partial<Record<OrderKind, readonly string[]>>>): OrderKind[] {
  const codings = Array.isArray(concept.coding) ? concept.coding : [];
  const names = [concept.text, ...codings.map((c) => c.display)].filter((n): n is string => typeof n === 'string');
  return (['naltrexone', 'opioid'] as const).filter((kind) => {
    const codes = [...RXNORM_CODES[kind], ...(extraCodes[kind] ?? [])];
    const byCode = codings.some((c) => c.system === RXNORM_SYSTEM && typeof c.code === 'string' && codes.includes(c.code));
    return byCode || names.some((name) => NAMES[kind].test(name));
  });
}

function labelOf(concept: Concept): string {
  if (typeof concept.text === 'string' && concept.text.trim()) return concept.text.trim();
  const coding = (concept.coding ?? []).find((c) => typeof c.display === 'string' || typeof c.code === 'string');
  return String(coding?.display ?? coding?.code ?? 'medication');
}

/**
 * The order's medication concept: `medicationCodeableConcept`, or the `code` of a contained Medication that
 * `medicationReference` points to (`#id`). A reference outside the order cannot be read without fetching.
 */
function conceptOf(order: Record<string, unknown>): Concept | undefined {
  const inline = order['medicationCodeableConcept'];
  if (typeof inline === 'object' && inline !== null) return inline as Concept;
  const reference = (order['medicationReference'] as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string' || !reference.startsWith('#')) return undefined;
  const contained = Array.isArray(order['contained']) ? (order['contained'] as Record<string, unknown>[]) : [];
  const medication = contained.find((r) => r['resourceType'] === 'Medication' && `#${String(r['id'])}` === reference);
  const code = medication?.['code'];
  return typeof code === 'object' && code !== null ? (code as Concept) : undefined;
}

/**
 * The naltrexone and opioid MedicationRequests among the draft orders. With `selections` (order-select), only
 * the selected orders count; an order can match both kinds.
 */
export function matchDraftOrders(
  draftOrders: DraftOrdersBundle,
  options: { readonly selections?: readonly string[]; readonly extraCodes?: Readonly<Partial<Record<OrderKind, readonly string[]>>> } = {},
): MatchedOrder[] {
  const matched: MatchedOrder[] = [];
  for (const entry of draftOrders.entry ?? []) {
    const resource = entry.resource as (Record<string, unknown> & { resourceType: string }) | undefined;
    if (resource?.resourceType !== 'MedicationRequest') continue;
    const reference = typeof resource['id'] === 'string' ? `MedicationRequest/${resource['id']}` : undefined;
    if (options.selections && (reference === undefined || !options.selections.includes(reference))) continue;
    const concept = conceptOf(resource);
    if (!concept) continue;
    for (const kind of kindsOf(concept, options.extraCodes ?? {})) {
      matched.push({ kind, label: labelOf(concept), ...(reference !== undefined && { reference }) });
    }
  }
  return matched;
}
