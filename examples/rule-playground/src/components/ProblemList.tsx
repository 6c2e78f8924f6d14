/** The list of problems in both editors; choosing one puts the caret where it is. */
import type { Problem } from '../playground/problem.js';
import { RULE_SET_FILE } from '../playground/check-rule-set.js';

interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly onSelect: (problem: Problem) => void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const FILE_NAMES = { 'rule-set': RULE_SET_FILE, facts: 'facts.json' } as const;

/** Errors first, then warnings, each a button that jumps to the problem. */
export function ProblemList({ problems, onSelect }: ProblemListProps) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <section className="panel" aria-labelledby="problems-heading" data-testid="problems">
      <h2 id="problems-heading">
        Problems <span className="count">{plural(errors.length, 'error')}, {plural(warnings.length, 'warning')}</span>
      </h2>
      {problems.length === 0 ? (
        <p className="quiet">The rule set loads, the facts are valid, and lint finds nothing.</p>
      ) : (
        <ol className="problems">
          {[...errors, ...warnings].map((problem, i) => (
            <li key={i} className={`problem problem-${problem.severity}`} data-kind={problem.kind}>
              <button type="button" onClick={() => onSelect(problem)} aria-label={`Go to line ${problem.position.line}, column ${problem.position.column} of ${FILE_NAMES[problem.editor]}`}>
                <span className="severity">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                <span className="location" data-testid="problem-location">
                  {FILE_NAMES[problem.editor]}:{problem.position.line}:{problem.position.column}
                </span>
                {problem.pointer !== undefined && (
                  <>
                    {' '}
                    <code className="pointer" data-testid="problem-pointer">{problem.pointer}</code>
                  </>
                )}
              </button>
              <p className="message">{problem.message}</p>
              {problem.hint !== undefined && <p className="hint">Fix: {problem.hint}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
