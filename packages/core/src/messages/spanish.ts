import type { MessageCatalog } from './catalog.js';
import { englishMessages } from './english.js';
import { withFallback } from './with-fallback.js';
import es from '../../messages/es.json';

/**
 * The Spanish message catalog. It covers every urgent-help message (emergency, urgent and the safety net);
 * for other rule sets, layer it over English with {@link withFallback}, as {@link spanishCatalog} does.
 */
export const spanishMessages: MessageCatalog = es;

/**
 * What `locale: 'es'` renders: Spanish wherever the Spanish catalog has a message, English elsewhere. Pass
 * it with the locale, `{ locale: 'es', messages: spanishCatalog }`, when using `@recovery-rules/core/sync`.
 */
export const spanishCatalog: MessageCatalog = /* @__PURE__ */ withFallback(spanishMessages, englishMessages);
