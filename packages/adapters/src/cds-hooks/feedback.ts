/**
 * The feedback endpoint (CDS Hooks 2.0 §Feedback): the CDS client reports whether a card was accepted or
 * overridden. This adapter validates the report and hands it to the host's callback; it stores nothing.
 */
import { z } from 'zod';

const codingSchema = z.looseObject({
  system: z.string().min(1).optional(),
  code: z.string().min(1),
  display: z.string().optional(),
});

/** One feedback entry. */
export const feedbackEntrySchema = z.looseObject({
  card: z.string().min(1),
  outcome: z.enum(['accepted', 'overridden']),
  acceptedSuggestions: z.array(z.looseObject({ id: z.string().min(1) })).optional(),
  overrideReason: z.looseObject({ reason: codingSchema.optional(), userComment: z.string().optional() }).optional(),
  outcomeTimestamp: z.iso.datetime({ offset: true }),
});

/** The body of `POST {base}/cds-services/{id}/feedback`. */
export const feedbackRequestSchema = z.looseObject({ feedback: z.array(feedbackEntrySchema).min(1) });

/** One validated feedback entry. */
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** What the host's callback receives: the service the cards came from and the entries, as sent. */
export interface CardFeedback {
  readonly serviceId: string;
  readonly feedback: readonly FeedbackEntry[];
}

/**
 * Records feedback through the host. Resolves only when the host's callback has; a callback that throws or
 * rejects makes the whole call fail, so the client is never told feedback was saved when it was not.
 */
export type FeedbackRecorder = (feedback: CardFeedback) => void | Promise<void>;
