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

/**
 * A locale's messages: rule-set id -> message key -> text. One more section, {@link FACT_LABELS_SECTION},
 * names facts in plain words (fact name or `group.member` -> `{ summary: label }`) for the `{missingFacts}`
 * placeholder, so a person reads "breathing, pupil size", never `breathingStatus, pupils`.
 */
export type MessageCatalog = Readonly<Record<string, Readonly<Record<string, MessageText>>>>;

/** The catalog section holding plain-language fact labels (see {@link MessageCatalog}). */
export const FACT_LABELS_SECTION = 'facts';

/** The plain-language label of a fact or `group.member` path in `catalog`, or the name itself when it has none. */
export function factLabel(catalog: MessageCatalog, fact: string): string {
  return catalog[FACT_LABELS_SECTION]?.[fact]?.summary ?? fact;
}

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
