/**
 * `POST /assess`: a facts object in, core's `AssessmentReport` out, computed with `assessSync`. The body is
 * `{ "facts": {...}, "options"?: {...} }`; invalid facts answer 422 with core's issues (field, received, allowed).
 */
import { assessSync, FactsValidationError, RuleSetLoadError, UnknownRuleSetError, type AssessmentReport, type AssessOptions } from '@recovery-rules/core';
import { z } from 'zod';
import { requestIssues } from '../cds-hooks/errors.js';
import { HttpError } from './http-error.js';

const dayWindow = z.strictObject({ lower: z.number(), upper: z.number() });

/** The body of `POST /assess`. Options are those of core's `assess` that can travel as JSON. */
export const assessRequestSchema = z.strictObject({
  facts: z.record(z.string(), z.unknown()),
  options: z
    .strictObject({
      region: z.string().optional(),
      locale: z.enum(['en', 'es']).optional(),
      fentanylPolicy: z.enum(['extend', 'label-only']).optional(),
      timeWindows: z
        .strictObject({
          shortActingDays: dayWindow.optional(),
          longActingDays: dayWindow.optional(),
          rescueWindowHours: z.number().optional(),
          rescueFollowUpDays: z.number().optional(),
        })
        .optional(),
      parameters: z.record(z.string(), z.record(z.string(), z.number())).optional(),
    })
    .optional(),
});

/** The parsed body of `POST /assess`. */
export type AssessRequest = z.infer<typeof assessRequestSchema>;

/**
 * Assesses a parsed JSON body.
 * @throws {@link HttpError} `invalid-request` (body shape, or options core rejects) or `invalid-facts`.
 */
export function assessBody(body: unknown, defaults: AssessOptions = {}): AssessmentReport {
  const parsed = assessRequestSchema.safeParse(body);
  if (!parsed.success) throw new HttpError('invalid-request', 'Invalid /assess request', requestIssues(parsed.error.issues));
  const { facts, options = {} } = parsed.data;
  // Parsed from JSON, so no key holds `undefined`; the request's options win over the handler's defaults.
  const merged = { ...defaults, ...options } as AssessOptions;
  try {
    return assessSync(facts, merged);
  } catch (error) {
    if (error instanceof FactsValidationError) throw new HttpError('invalid-facts', error.message, error.issues);
    if (error instanceof RangeError || error instanceof UnknownRuleSetError || error instanceof RuleSetLoadError) {
      throw new HttpError('invalid-request', error.message);
    }
    throw error;
  }
}
