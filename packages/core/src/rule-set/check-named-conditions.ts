import type { ConditionNode } from './schema.js';

/** Names of the named conditions a tree refers to, directly. */
export function referencedNames(node: ConditionNode): string[] {
  if ('all' in node) return node.all.flatMap(referencedNames);
  if ('any' in node) return node.any.flatMap(referencedNames);
  if ('not' in node) return referencedNames(node.not);
  if ('condition' in node) return [node.condition];
  return [];
}

/** Returns one cycle among named conditions (as a list of names, first = last), or undefined. */
export function findCycle(named: Readonly<Record<string, ConditionNode>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    const node = named[name];
    if (!node) return undefined;
    state.set(name, 'visiting');
    stack.push(name);
    for (const next of referencedNames(node)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of Object.keys(named)) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}
