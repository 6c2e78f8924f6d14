/** What led to the outcome: fired and unknown rules, flags, the facts worth asking next, and the messages. */
import type { EvaluationResult } from '@recovery-rules/core/sync';

interface ResultDetailsProps {
  readonly result: EvaluationResult;
}

const listOrNone = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

/** Rules, flags, ask-next and messages of one result. */
export function ResultDetails({ result }: ResultDetailsProps) {
  return (
    <>
      <section className="panel" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        <dl className="facts-list">
          <dt>Fired</dt>
          <dd data-testid="fired-rules">{listOrNone(result.firedRules)}</dd>
          <dt>Unknown (waiting on facts)</dt>
          <dd data-testid="unknown-rules">{listOrNone(result.unknownRules)}</dd>
          <dt>Flags</dt>
          <dd>{listOrNone(result.flags)}</dd>
          {result.total !== undefined ? (
            <>
              <dt>Total</dt>
              <dd>{result.total}</dd>
            </>
          ) : (
            result.minTotal !== undefined && (
              <>
                <dt>Total (items missing)</dt>
                <dd>
                  between {result.minTotal} and {result.maxTotal ?? '?'}
                </dd>
              </>
            )
          )}
          {result.invalidFacts !== undefined && result.invalidFacts.length > 0 && (
            <>
              <dt>Invalid answers</dt>
              <dd data-testid="invalid-facts">{result.invalidFacts.map((issue) => issue.message).join('; ')}</dd>
            </>
          )}
          {result.earliestStartDate !== undefined && (
            <>
              <dt>Earliest start date</dt>
              <dd>{result.earliestStartDate}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="panel" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask next</h2>
        {result.askNext.length === 0 ? (
          <p className="quiet">No missing fact could change this outcome.</p>
        ) : (
          <ol data-testid="ask-next">
            {result.askNext.map((missing) => (
              <li key={missing.fact}>
                <code>{missing.fact}</code> could lead to <strong>{missing.couldUnlock ?? 'a flag only'}</strong> (rules {missing.rules.join(', ')})
                {missing.optional && ' — optional: read as absent today'}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="messages-heading">
        <h2 id="messages-heading">Messages</h2>
        {result.messages.length === 0 ? (
          <p className="quiet">No messages.</p>
        ) : (
          <ul className="messages">
            {result.messages.map((message, i) => (
              <li key={i}>
                <strong>{message.ruleId ?? 'outcome'}</strong>: {message.summary}
                {message.detail !== undefined && <p className="quiet">{message.detail}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
