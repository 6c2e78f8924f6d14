/**
 * Settings shared by every card this adapter builds.
 */
import type { CardLink, Coding } from './card.js';

/** How cards are labelled and linked. */
export interface CardOptions {
  /** Prefix of `source.label`, before the rule set's title and version. Default `"recovery-rules"`. */
  readonly sourceLabel?: string;
  /** `source.url`: where a clinician can read about the rule sets (e.g. your published rule-set review). */
  readonly sourceUrl?: string;
  /** Links added to every card, e.g. to your documentation or a SMART app. */
  readonly links?: readonly CardLink[];
  /** Makes card uuids; default `crypto.randomUUID`. */
  readonly newUuid?: () => string;
  /**
   * `overrideReasons` offered on every card (CDS Hooks 2.0), e.g. your organisation's coded reasons; the
   * reason chosen comes back through feedback. None by default.
   */
  readonly overrideReasons?: readonly Coding[];
}

/** The `source.topic.system` of every card: codes in it are rule ids of a recovery-rules rule set. */
export const RULE_TOPIC_SYSTEM = 'urn:recovery-rules:rule';

/** The optional fields every card shares: links and override reasons, each only when configured. */
export function sharedCardFields(options: ResolvedCardOptions): { links?: readonly CardLink[]; overrideReasons?: readonly Coding[] } {
  return {
    ...(options.links.length > 0 && { links: options.links }),
    ...(options.overrideReasons.length > 0 && { overrideReasons: options.overrideReasons }),
  };
}

/** Resolved card options. */
export interface ResolvedCardOptions {
  readonly sourceLabel: string;
  readonly sourceUrl?: string;
  readonly links: readonly CardLink[];
  readonly newUuid: () => string;
  readonly overrideReasons: readonly Coding[];
}

/** Fills in the defaults. */
export function resolveCardOptions(options: CardOptions = {}): ResolvedCardOptions {
  return {
    sourceLabel: options.sourceLabel ?? 'recovery-rules',
    ...(options.sourceUrl !== undefined && { sourceUrl: options.sourceUrl }),
    links: options.links ?? [],
    newUuid: options.newUuid ?? (() => globalThis.crypto.randomUUID()),
    overrideReasons: options.overrideReasons ?? [],
  };
}
