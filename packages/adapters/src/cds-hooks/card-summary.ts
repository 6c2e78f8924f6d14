import { MAX_SUMMARY_LENGTH } from './card.js';

/**
 * A card summary within the CDS Hooks limit. Core's messages are written to fit; should one not, it is cut at a
 * word boundary with an ellipsis, and the card's detail still carries the whole message.
 */
export function cardSummary(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= MAX_SUMMARY_LENGTH) return single;
  const cut = single.slice(0, MAX_SUMMARY_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > 40 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
