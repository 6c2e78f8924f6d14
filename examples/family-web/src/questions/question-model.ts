/**
 * Turns any fact the engine asks for into a question, using the SDK's own vocabulary (INPUT_FACTS) for the
 * allowed answers. Every question can be answered "I don't know", which leaves the fact unknown: the engine,
 * not the app, decides what an unknown means.
 */
import { INPUT_FACTS, type FactKind } from '@recovery-rules/core/sync';
import { FACT_WORDING } from './fact-wording.js';

/** One possible answer to a choice question. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface QuestionBase {
  readonly fact: string;
  readonly prompt: string;
  readonly hint?: string;
}

/** A question with a closed set of answers. */
export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly choices: readonly Choice[];
}

/** A question answered with a number in a range. */
export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: string;
}

/** A question answered with a moment in time (or "never", when the fact allows it). */
export interface MomentQuestion extends QuestionBase {
  readonly kind: 'moment';
  readonly allowsNever: boolean;
}

/** Any question the app can render. */
export type Question = ChoiceQuestion | NumberQuestion | MomentQuestion;

/** Facts whose opaque value is a moment in time; the others (lists, zones) are not asked one by one. */
const MOMENT_FACTS = new Set(['lastOpioidUseAt', 'naloxoneGivenAt', 'lastOverdoseAt', 'lastXrNtxInjectionAt']);

/** "blue-gray-or-purple" → "Blue gray or purple"; "medicallyEvaluatedSinceEvent" → "Medically evaluated since event". */
export function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(fact: string): FactKind | undefined {
  return Object.hasOwn(INPUT_FACTS, fact) ? INPUT_FACTS[fact as keyof typeof INPUT_FACTS] : undefined;
}

/**
 * The question for one input fact, or null when the fact cannot be asked as a single question here (grouped
 * facts such as COWS items, lists of exposures). Such a fact simply stays unknown.
 */
export function questionFor(fact: string): Question | null {
  const kind = kindOf(fact);
  if (kind === undefined) return null;
  const wording = FACT_WORDING[fact];
  const base = { fact, prompt: wording?.prompt ?? `${humanise(fact)}?`, ...(wording?.hint === undefined ? {} : { hint: wording.hint }) };
  switch (kind.kind) {
    case 'enum':
      return { ...base, kind: 'choice', choices: kind.values.map((value) => ({ value, label: wording?.answers?.[value] ?? humanise(value) })) };
    case 'number':
      return { ...base, kind: 'number', min: kind.min, max: kind.max, integer: kind.integer, unit: kind.unit };
    case 'opaque':
      return MOMENT_FACTS.has(fact) ? { ...base, kind: 'moment', allowsNever: kind.description.includes('never') } : null;
    case 'object':
      return null;
  }
}
