/**
 * Message catalogs: plain-language text for each rule, keyed by rule set and message key, kept apart from
 * the rules so an app can add a locale without touching rule files.
 */

/** The text of one message. `{name}` placeholders are filled from the result. */
export interface MessageText {
  /** Under 140 characters. */
  readonly summary: string;
  readonly detail?: string;
}

/** A locale's messages: rule-set id -> message key -> text. */
export type MessageCatalog = Readonly<Record<string, Readonly<Record<string, MessageText>>>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Names of the placeholders a text uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Fills `{name}` placeholders. A placeholder with no value is an authoring error and throws, so a person
 * never sees a half-filled sentence.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`message placeholder ${whole} has no value in this result`);
    return value;
  });
}
