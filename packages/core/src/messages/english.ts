import type { MessageCatalog } from './catalog.js';
import en from '../../messages/en.json';

/** The English message catalog shipped with the SDK. */
export const englishMessages: MessageCatalog = en;
