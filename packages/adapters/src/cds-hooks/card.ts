/**
 * The CDS Hooks 2.0 response shapes this adapter produces: cards, their source and links, and the response
 * envelope (https://cds-hooks.hl7.org/2.0/#cds-service-response).
 */

/** A FHIR Coding as CDS Hooks uses it in `source.topic` and `overrideReasons`. */
export interface Coding {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

/** CDS Hooks card indicator: the three levels of CDS Hooks 2.0. */
export type CardIndicator = 'info' | 'warning' | 'critical';

/** Where a card's content comes from; `topic` names the rule that produced it. */
export interface CardSource {
  readonly label: string;
  readonly url?: string;
  readonly topic?: Coding;
}

/** A link shown on a card. `absolute` opens a web page; `smart` launches a SMART app. */
export interface CardLink {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
  readonly appContext?: string;
}

/** One CDS Hooks 2.0 card. This adapter never adds suggestions, so `selectionBehavior` is never needed. */
export interface Card {
  readonly uuid: string;
  /** Under 140 characters (CDS Hooks 2.0). */
  readonly summary: string;
  /** GitHub-flavoured markdown. */
  readonly detail?: string;
  readonly indicator: CardIndicator;
  readonly source: CardSource;
  readonly links?: readonly CardLink[];
  readonly overrideReasons?: readonly Coding[];
}

/** The body of a CDS service response. */
export interface CdsResponse {
  readonly cards: readonly Card[];
}

/** CDS Hooks allows summaries of fewer than 140 characters. */
export const MAX_SUMMARY_LENGTH = 139;
