/**
 * One node of a rule's condition trace, with its children: every leaf says what it compared, the value it
 * found, and why it came out true, false or unknown.
 */
import type { ConditionTrace, LeafTrace } from '@recovery-rules/core/sync';
import { TruthLabel } from './TruthLabel.js';

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function LeafLine({ leaf }: { readonly leaf: LeafTrace }) {
  const fact = leaf.path === undefined ? leaf.fact : `${leaf.fact}${leaf.path.startsWith('$') ? leaf.path.slice(1) : `.${leaf.path}`}`;
  const why =
    leaf.assumedAbsent === true
      ? 'no value; an optional fact, so the finding is read as absent'
      : leaf.actual === undefined
        ? 'no value, so unknown'
        : `value ${show(leaf.actual)}`;
  return (
    <span className="leaf" data-testid="trace-leaf" data-truth={leaf.truth}>
      <TruthLabel truth={leaf.truth} /> <code>{fact}</code> <span className="operator">{leaf.operator}</span> <code>{show(leaf.expected)}</code>{' '}
      <span className="why">— {why}</span>
    </span>
  );
}

const GROUP_WORDS = { all: 'all of', any: 'any of', not: 'not', condition: 'condition' } as const;

/** A condition node and everything under it, as nested lists. */
export function ConditionNode({ node }: { readonly node: ConditionTrace }) {
  if (node.kind === 'leaf') return <LeafLine leaf={node} />;
  const children = 'children' in node ? node.children : [node.child];
  return (
    <>
      <span className="group">
        <TruthLabel truth={node.truth} /> {GROUP_WORDS[node.kind]}
        {node.kind === 'condition' && <code> {node.name}</code>}
      </span>
      <ul className="trace-children">
        {children.map((child, i) => (
          <li key={i}>
            <ConditionNode node={child} />
          </li>
        ))}
      </ul>
    </>
  );
}
