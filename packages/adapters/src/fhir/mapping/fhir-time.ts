/**
 * FHIR date and dateTime values as instants. FHIR allows partial dates (`2025`, `2025-03`); those are too
 * vague to compare with an age limit and are reported rather than guessed at.
 */

const DAY_MS = 86_400_000;
const FULL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch of a FHIR dateTime with time and offset, or undefined. */
export function instantOf(text: string | undefined): number | undefined {
  if (text === undefined || !FULL_DATE_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The earliest instant a FHIR date or dateTime can stand for: a full dateTime as given; a date without a time
 * as the start of that day at UTC+14, where days begin first. Judging age from the earliest instant means a
 * date-only result is never taken for newer than it could be. Partial dates give undefined.
 */
export function earliestInstantOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (FULL_DATE.test(text)) {
    const ms = Date.parse(`${text}T00:00:00+14:00`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return instantOf(text);
}

/** Days from `earlier` to `later` (fractional). */
export function daysBetween(earlier: number, later: number): number {
  return (later - earlier) / DAY_MS;
}
