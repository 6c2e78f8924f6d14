/** An answer to one question: a value in the SDK vocabulary, or "I don't know", which leaves the fact unknown. */
export type Answer = { readonly known: true; readonly value: string | number } | { readonly known: false };

/** The explicit "I don't know" answer. */
export const DONT_KNOW: Answer = Object.freeze({ known: false });
