/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** The last use as the person entered it, for the label. */
  readonly lastUseLabel: string;
  /** The last use as an instant, for placing marks only (a date without a time is placed at its end). */
  readonly lastUseInstant: number;
  readonly earliestStartAt: string;
  readonly recommendedStartAt: string;
  readonly earliestStartDate: string;
  readonly recommendedStartDate: string;
  readonly now: Date;
}

/** "2026-12-01" → "Tue 1 Dec 2026", read as a calendar date (no zone shift). */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A horizontal timeline from the last use to the recommended start, with the earliest date and today marked.
 * The marks sit at their true proportions; the text list beside it carries the same facts for screen readers.
 */
export function Timeline({ lastUseLabel, lastUseInstant, earliestStartAt, recommendedStartAt, earliestStartDate, recommendedStartDate, now }: TimelineProps) {
  const start = lastUseInstant;
  const end = Date.parse(recommendedStartAt);
  const position = (instant: number) => `${Math.min(100, Math.max(0, ((instant - start) / (end - start)) * 100)).toFixed(1)}%`;
  const today = now.getTime();
  return (
    <figure className="timeline">
      <div className="timeline-track" aria-hidden="true">
        <span className="timeline-wait" style={{ width: position(Date.parse(earliestStartAt)) }} />
        <span className="mark mark-last-use" style={{ left: '0%' }} />
        <span className="mark mark-earliest" style={{ left: position(Date.parse(earliestStartAt)) }} />
        <span className="mark mark-recommended" style={{ left: '100%' }} />
        {today >= start && today <= end ? <span className="mark mark-today" style={{ left: position(today) }} /> : null}
      </div>
      <figcaption>
        <dl className="timeline-dates">
          <div><dt><span className="key mark-last-use" aria-hidden="true" />Last use</dt><dd>{lastUseLabel}</dd></div>
          <div className="earliest"><dt><span className="key mark-earliest" aria-hidden="true" />Earliest possible start</dt><dd><time dateTime={earliestStartDate} data-testid="earliest-date">{formatCalendarDate(earliestStartDate)}</time></dd></div>
          <div className="recommended"><dt><span className="key mark-recommended" aria-hidden="true" />Usual start</dt><dd><time dateTime={recommendedStartDate} data-testid="recommended-date">{formatCalendarDate(recommendedStartDate)}</time></dd></div>
          {today >= start && today <= end ? (
            <div><dt><span className="key key-today" aria-hidden="true" />Today</dt><dd>{now.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })}</dd></div>
          ) : null}
        </dl>
      </figcaption>
    </figure>
  );
}
