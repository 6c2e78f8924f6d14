import type { EmergencyLocale } from '../emergency/response-steps.js';
import type { MessageCatalog } from './catalog.js';
import { englishMessages } from './english.js';

/**
 * The catalog a session renders: the app's own when it passed one, English for `en`. The synchronous entry
 * bundles English only, so a Spanish request without a catalog is an error that says what to import,
 * never a silent fall back to English.
 */
export function catalogForLocale(locale: EmergencyLocale, messages: MessageCatalog | undefined): MessageCatalog {
  if (messages !== undefined) return messages;
  if (locale === 'en') return englishMessages;
  throw new RangeError(
    `locale "${locale}" needs its message catalog, which @recovery-rules/core/sync does not bundle: ` +
      `import { spanishCatalog } from '@recovery-rules/core/messages/es' and pass { locale: 'es', messages: spanishCatalog } ` +
      `(the main entry, @recovery-rules/core, does this for you)`,
  );
}
