/**
 * The facts for "When could naltrexone start?", built from the form. Kept apart from the screen so the
 * browser tests and the CLI comparison can rely on one definition of what the form sends.
 */
import { knownAnswers } from './answer-values.js';
import { wallClockToRfc3339 } from '@recovery-rules/core/sync';

/** What the naltrexone form collects. */
export interface WaitingPeriodForm {
  /** YYYY-MM-DD of the last use. */
  readonly lastUseDate: string;
  /** HH:MM when known; empty means "some time that day" (the SDK then counts from the end of the day). */
  readonly lastUseTime: string;
  readonly opioidType: string | null;
  readonly fentanyl: string | null;
  /** IANA zone, or null when the person says they don't know it. */
  readonly timeZone: string | null;
}

/**
 * The waiting-period facts for the form at `now`. A date without a time is passed as a date, which the SDK
 * reads as the end of that local day (the cautious choice); a date with a time needs a known zone for its
 * offset, and without one it is passed as the date alone rather than guessed.
 */
export function waitingPeriodFacts(form: WaitingPeriodForm, now: Date): Record<string, string | null> {
  const lastOpioidUseAt =
    form.lastUseTime !== '' && form.timeZone !== null
      ? wallClockToRfc3339(`${form.lastUseDate}T${form.lastUseTime}`, form.timeZone)
      : form.lastUseDate;
  return {
    evaluatedAt: now.toISOString(),
    userTimeZone: form.timeZone,
    lastOpioidUseAt,
    ...knownAnswers({ lastOpioidType: form.opioidType, fentanylExposure: form.fentanyl }),
  };
}
