/**
 * A card for draft medication orders this service could not identify (the medication was not sent, or is
 * named by no word and no code it knows), so each may be naltrexone or an opioid and went unchecked. Saying
 * nothing would read as "nothing to flag"; this card says the check did not happen and how the EHR can make
 * it happen.
 */
import type { Card } from './card.js';
import { escapeMarkdown } from './card-detail.js';
import { sharedCardFields, type ResolvedCardOptions } from './card-options.js';
import type { UnidentifiedOrder } from './medication-match.js';

function orderLine(order: UnidentifiedOrder): string {
  return `- ${order.reference === undefined ? 'An order without an id' : `\`${escapeMarkdown(order.reference)}\``}: ${escapeMarkdown(order.reason)}`;
}

/** The card, or undefined when every draft medication order could be read. */
export function unidentifiedOrdersCard(orders: readonly UnidentifiedOrder[], options: ResolvedCardOptions): Card | undefined {
  if (orders.length === 0) return undefined;
  const count = orders.length === 1 ? '1 draft medication order' : `${orders.length} draft medication orders`;
  return {
    uuid: options.newUuid(),
    summary: `Could not check ${count} for naltrexone or opioid safety: the medication could not be identified.`,
    detail: [
      '**Not checked**',
      '',
      ...orders.map(orderLine),
      '',
      'If one of these is naltrexone or an opioid, its candidacy, waiting-period or overdose-risk checks did not run. ' +
        'Send the Medication inside the order (`contained`) or as an entry of the draft-orders Bundle, with an RxNorm code or its name.',
    ].join('\n'),
    indicator: 'warning',
    source: { label: `${options.sourceLabel}: draft orders`, ...(options.sourceUrl !== undefined && { url: options.sourceUrl }) },
    ...sharedCardFields(options),
  };
}
