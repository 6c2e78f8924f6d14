/**
 * "Ask next": the facts whose absence left a rule undecided (or that an isUnknown rule found missing),
 * ranked by the most restrictive outcome they could unlock, so an app asks the question that matters most.
 */
import type { RuleSet } from '../rule-set/rule-set.js';
import { outcomeRanks } from './choose-outcome.js';
import type { RuleEvaluation } from './rule-status.js';

/** One fact worth asking for. */
export interface MissingFact<O extends string = string> {
  readonly fact: string;
  /** The most restrictive outcome this fact could lead to, or null when it only affects flags. */
  readonly couldUnlock: O | null;
  /** The rules waiting on this fact. */
  readonly rules: readonly string[];
  /** True when every rule waiting on it reads the fact as optional (its absence changes nothing today). */
  readonly optional: boolean;
}

interface Waiting<O extends string> {
  readonly fact: string;
  rank: number;
  readonly order: number;
  outcome: O | null;
  readonly rules: string[];
  optional: boolean;
}

/** Ranks missing facts: most restrictive possible outcome first, then facts that block an answer, then rule order. */
export function rankMissingFacts<O extends string>(ruleSet: RuleSet<O>, evaluations: readonly RuleEvaluation<O>[]): MissingFact<O>[] {
  const ranks = outcomeRanks(ruleSet as RuleSet);
  const byFact = new Map<string, Waiting<O>>();
  const waiting: Waiting<O>[] = [];
  for (let order = 0; order < evaluations.length; order++) {
    const evaluation = evaluations[order] as RuleEvaluation<O>;
    const { found, outcome, unknownFacts } = evaluation;
    // Most rules wait on nothing: skip them before building anything.
    if (unknownFacts.length === 0 && found.length === 0) continue;
    const rank = outcome === null ? ruleSet.outcomes.length : (ranks.get(outcome) ?? -1);
    const facts = found.length === 0 ? unknownFacts : unknownFacts.length === 0 ? found : [...unknownFacts, ...found];
    for (const fact of facts.length === 1 ? facts : new Set(facts)) {
      const optional = evaluation.status !== 'unknown' && !found.includes(fact);
      const entry = byFact.get(fact);
      if (!entry) {
        const created: Waiting<O> = { fact, rank, order, outcome, rules: [evaluation.rule.id], optional };
        byFact.set(fact, created);
        waiting.push(created);
      } else {
        entry.rules.push(evaluation.rule.id);
        entry.optional &&= optional;
        if (rank < entry.rank) {
          entry.rank = rank;
          entry.outcome = outcome;
        }
      }
    }
  }
  if (waiting.length > 1) waiting.sort((a, b) => a.rank - b.rank || Number(a.optional) - Number(b.optional) || a.order - b.order);
  return waiting.map((e) => ({ fact: e.fact, couldUnlock: e.outcome, rules: e.rules, optional: e.optional }));
}
