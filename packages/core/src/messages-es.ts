/**
 * @recovery-rules/core/messages/es: the Spanish message catalog, kept out of the synchronous entry so a
 * browser bundle carries only the languages it imports. Pass `{ locale: 'es', messages: spanishCatalog }`.
 * @packageDocumentation
 */
export { spanishCatalog, spanishMessages } from './messages/spanish.js';
