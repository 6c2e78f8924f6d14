import type { Truth } from './kleene.js';

/** The evaluation of one leaf comparison. */
export interface LeafTrace {
  readonly kind: 'leaf';
  readonly fact: string;
  readonly path?: string;
  readonly operator: string;
  readonly expected: unknown;
  /** The fact's value, or undefined when it is unknown. */
  readonly actual?: unknown;
  readonly truth: Truth;
  /**
   * Set when the fact is unknown but the rule set declares it optional, so the finding is taken as absent
   * (the leaf is false). Its strict value is unknown, and the fact is still listed as worth asking.
   */
  readonly assumedAbsent?: true;
}

/** The evaluation of a condition tree, node by node. */
export type ConditionTrace =
  | LeafTrace
  | { readonly kind: 'all' | 'any'; readonly truth: Truth; readonly children: readonly ConditionTrace[] }
  | { readonly kind: 'not'; readonly truth: Truth; readonly child: ConditionTrace }
  | { readonly kind: 'condition'; readonly name: string; readonly truth: Truth; readonly child: ConditionTrace };
