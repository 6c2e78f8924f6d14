import type { MessageCatalog } from './catalog.js';

/** A catalog that uses `primary` where it has a message and `fallback` elsewhere (e.g. Spanish over English). */
export function withFallback(primary: MessageCatalog, fallback: MessageCatalog): MessageCatalog {
  const ids = new Set([...Object.keys(fallback), ...Object.keys(primary)]);
  return Object.fromEntries([...ids].map((id) => [id, { ...fallback[id], ...primary[id] }]));
}
