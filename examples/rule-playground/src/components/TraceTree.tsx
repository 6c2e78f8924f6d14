/** Every rule of the evaluation as an expandable tree; rules that fired or wait on facts start open. */
import type { RuleTrace } from '@recovery-rules/core/sync';
import { ConditionNode } from './ConditionNode.js';

const STATUS_WORDS = { fired: 'fired', 'not-fired': 'did not fire', unknown: 'unknown: waiting on facts' } as const;

/** The trace of every rule, down to each leaf comparison. */
export function TraceTree({ rules }: { readonly rules: readonly RuleTrace[] }) {
  return (
    <section className="panel" aria-labelledby="trace-heading" data-testid="trace">
      <h2 id="trace-heading">Trace</h2>
      <ul className="trace">
        {rules.map((rule) => (
          <li key={rule.id}>
            <details open={rule.status !== 'not-fired'} data-testid="trace-rule" data-rule={rule.id} data-status={rule.status}>
              <summary>
                <strong>{rule.id}</strong> <span className={`status status-${rule.status}`}>{STATUS_WORDS[rule.status]}</span>
                {rule.outcome !== null && <> → {rule.outcome}</>}
                {rule.effect.kind === 'flag' && <> (flag {rule.effect.flag})</>}
              </summary>
              {rule.conditions ? (
                <div className="trace-body">
                  <ConditionNode node={rule.conditions} />
                </div>
              ) : (
                <p className="quiet">Fallback rule: fires only when nothing else fired and nothing was unknown.</p>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
