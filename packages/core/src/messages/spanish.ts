import type { MessageCatalog } from './catalog.js';
import es from '../../messages/es.json';

/**
 * The Spanish message catalog. It covers every urgent-help message (emergency, urgent and the safety net);
 * for other rule sets, layer it over English with {@link withFallback}.
 */
export const spanishMessages: MessageCatalog = es;

/** A catalog that uses `primary` where it has a message and `fallback` elsewhere (e.g. Spanish over English). */
export function withFallback(primary: MessageCatalog, fallback: MessageCatalog): MessageCatalog {
  const ids = new Set([...Object.keys(fallback), ...Object.keys(primary)]);
  return Object.fromEntries([...ids].map((id) => [id, { ...fallback[id], ...primary[id] }]));
}
