/**
 * The outcome: its id, meaning, severity and, in words, whether it is reassuring. With no evaluation (any
 * error in either editor) it says so plainly and shows no outcome at all, never a stale one.
 */
import type { PlaygroundState } from '../playground/evaluate-playground.js';

interface OutcomePanelProps {
  readonly evaluation: PlaygroundState['evaluation'];
  /** True while an edit waits for re-evaluation: what is shown belongs to the previous text. */
  readonly pending: boolean;
}

/** The outcome of the current rule set and facts. */
export function OutcomePanel({ evaluation, pending }: OutcomePanelProps) {
  if (!evaluation) {
    return (
      <section className="panel outcome outcome-none" aria-labelledby="outcome-heading" data-testid="outcome" data-outcome="" data-state={pending ? 'pending' : 'current'}>
        <h2 id="outcome-heading">Outcome</h2>
        <p role="status">No outcome: fix the errors listed under Problems. Nothing is evaluated until both files are valid.</p>
      </section>
    );
  }
  const { outcome, result } = evaluation;
  const severity = outcome.severity ?? 'unspecified';
  return (
    <section
      className={`panel outcome severity-${severity}`}
      aria-labelledby="outcome-heading"
      aria-busy={pending}
      data-testid="outcome"
      data-outcome={result.outcome}
      data-reassuring={String(outcome.reassuring)}
      data-state={pending ? 'pending' : 'current'}
    >
      <h2 id="outcome-heading">Outcome {pending && <span className="count">(updating…)</span>}</h2>
      <p className="outcome-id" role="status">
        <strong data-testid="outcome-id">{result.outcome}</strong>
      </p>
      <p>{outcome.description}</p>
      <p className="badges">
        <span className={`badge badge-${severity}`}>Severity: {severity}</span>{' '}
        {pending ? (
          // Never show "reassuring" for text that has not been evaluated yet.
          <span className="badge">Re-evaluating your edit…</span>
        ) : (
          <span className={`badge ${outcome.reassuring ? 'badge-reassuring' : 'badge-not-reassuring'}`} data-testid="reassurance">
            {outcome.reassuring ? 'Reassuring: nothing entered rules it out' : 'Not reassuring'}
          </span>
        )}
      </p>
      <p className="quiet">
        {evaluation.ruleSet.id} {evaluation.ruleSet.version} · content hash {evaluation.ruleSet.contentHash.slice(0, 12)}
        {result.evaluatedAt !== undefined && ` · evaluated at ${result.evaluatedAt}`}
      </p>
    </section>
  );
}
