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

/** True when the concept names its drug in words (`text` or a coding's `display`), not only by codes. */
function isNamed(concept: Concept): boolean {
  const codings = Array.isArray(concept.coding) ? concept.coding : [];
  return [concept.text, ...codings.map((c) => c.display)].some((name) => typeof name === 'string' && name.trim() !== '');
}

function labelOf(concept: Concept): string {
  if (typeof concept.text === 'string' && concept.text.trim()) return concept.text.trim();
  const coding = (concept.coding ?? []).find((c) => typeof c.display === 'string' || typeof c.code === 'string');
  return String(coding?.display ?? coding?.code ?? 'medication');
}

/** Medication resources sent alongside the orders, by every reference that can name them. */
function bundledMedications(draftOrders: DraftOrdersBundle): Map<string, Record<string, unknown>> {
  const byReference = new Map<string, Record<string, unknown>>();
  for (const entry of draftOrders.entry ?? []) {
    const resource = entry.resource as Record<string, unknown> | undefined;
    if (resource?.['resourceType'] !== 'Medication') continue;
    if (typeof resource['id'] === 'string') byReference.set(`Medication/${resource['id']}`, resource);
    const fullUrl = (entry as { fullUrl?: unknown }).fullUrl;
    if (typeof fullUrl === 'string') byReference.set(fullUrl, resource);
  }
  return byReference;
}

/** The reference's target among `medications`: exact, or by its trailing `Medication/{id}` for an absolute URL. */
function bundledMedication(reference: string, medications: ReadonlyMap<string, Record<string, unknown>>): Record<string, unknown> | undefined {
  const exact = medications.get(reference);
  if (exact) return exact;
  const relative = /(?:^|\/)(Medication\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference)?.[1];
  return relative === undefined ? undefined : medications.get(relative);
}

/** What the order says it is: a concept to match, or why the medication could not be read. */
type OrderMedication = { readonly concept: Concept } | { readonly unreadable: string };

/**
 * The order's medication: its `medicationCodeableConcept`, or the `code` of the Medication its
 * `medicationReference` points to, contained in the order (`#id`) or sent as an entry of the draft-orders
 * Bundle (`Medication/{id}` or the entry's `fullUrl`). Anything else cannot be read without fetching.
 */
function medicationOf(order: Record<string, unknown>, medications: ReadonlyMap<string, Record<string, unknown>>): OrderMedication {
  const inline = order['medicationCodeableConcept'];
  if (typeof inline === 'object' && inline !== null) return { concept: inline as Concept };
  const reference = (order['medicationReference'] as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string') return { unreadable: 'the order names no medication' };
  const contained = Array.isArray(order['contained']) ? (order['contained'] as Record<string, unknown>[]) : [];
  const medication = reference.startsWith('#')
    ? contained.find((r) => r['resourceType'] === 'Medication' && `#${String(r['id'])}` === reference)
    : bundledMedication(reference, medications);
  const code = medication?.['code'];
  if (typeof code === 'object' && code !== null) return { concept: code as Concept };
  return { unreadable: medication ? `${reference} has no code` : `${reference} was not sent with the order` };
}

/** A draft MedicationRequest whose medication could not be read, so it may be naltrexone or an opioid. */
export interface UnidentifiedOrder {
  /** `MedicationRequest/{id}` when the order has an id. */
  readonly reference?: string;
  /** Why the medication could not be read, e.g. "Medication/123 was not sent with the order". */
  readonly reason: string;
}

/** The draft orders sorted into recognised naltrexone/opioid orders and orders whose medication is unreadable. */
export interface DraftOrderMatch {
  readonly matched: readonly MatchedOrder[];
  readonly unidentified: readonly UnidentifiedOrder[];
}

/** Options of {@link readDraftOrders} and {@link matchDraftOrders}. */
export interface MatchOptions {
  /** For order-select: only these orders (`MedicationRequest/{id}`) count. */
  readonly selections?: readonly string[];
  /** Host codes per kind (e.g. a value-set expansion), added to {@link RXNORM_CODES}. */
  readonly extraCodes?: Readonly<Partial<Record<OrderKind, readonly string[]>>>;
}

/**
 * Sorts the draft MedicationRequests: those for naltrexone or an opioid (an order can match both kinds), and
 * those whose medication cannot be read. An unreadable order is never taken as "neither", since it may be
 * either; the service says it could not check it.
 */
export function readDraftOrders(draftOrders: DraftOrdersBundle, options: MatchOptions = {}): DraftOrderMatch {
  const medications = bundledMedications(draftOrders);
  const matched: MatchedOrder[] = [];
  const unidentified: UnidentifiedOrder[] = [];
  for (const entry of draftOrders.entry ?? []) {
    const resource = entry.resource as (Record<string, unknown> & { resourceType: string }) | undefined;
    if (resource?.resourceType !== 'MedicationRequest') continue;
    const reference = typeof resource['id'] === 'string' ? `MedicationRequest/${resource['id']}` : undefined;
    if (options.selections && (reference === undefined || !options.selections.includes(reference))) continue;
    const medication = medicationOf(resource, medications);
    if ('unreadable' in medication) {
      unidentified.push({ reason: medication.unreadable, ...(reference !== undefined && { reference }) });
      continue;
    }
    const kinds = kindsOf(medication.concept, options.extraCodes ?? {});
    // Codes this service does not list, and no name to read: it may still be an opioid (an NDC, a clinical
    // drug's RxNorm code), so it is not taken as "neither".
    if (kinds.length === 0 && !isNamed(medication.concept)) {
      unidentified.push({ reason: 'its medication has no name and no code this service recognises', ...(reference !== undefined && { reference }) });
      continue;
    }
    const label = labelOf(medication.concept);
    for (const kind of kinds) matched.push({ kind, label, ...(reference !== undefined && { reference }) });
  }
  return { matched, unidentified };
}

/** The naltrexone and opioid MedicationRequests among the draft orders (see {@link readDraftOrders}). */
export function matchDraftOrders(draftOrders: DraftOrdersBundle, options: MatchOptions = {}): readonly MatchedOrder[] {
  return readDraftOrders(draftOrders, options).matched;
}
