import type { EvaluationResult } from '../evaluate/result.js';

/**
 * True when an urgent-help result cannot rule an emergency out: it is `emergency-call-now` or
 * `insufficient-information` itself, or a higher-ranked outcome (such as `urgent-same-day`) won while a rule
 * that would call for emergency help stayed undecided for want of an answer, or the "can't rule out an
 * emergency" rule fired underneath. Whoever shows the result then shows the emergency steps too.
 */
export function emergencyNotRuledOut(urgentHelp: EvaluationResult): boolean {
  if (urgentHelp.outcome === 'emergency-call-now' || urgentHelp.outcome === 'insufficient-information') return true;
  return urgentHelp.rules.some(
    (rule) =>
      rule.effect.kind === 'outcome' &&
      ((rule.status === 'unknown' && rule.effect.outcome === 'emergency-call-now') ||
        (rule.status === 'fired' && rule.effect.outcome === 'insufficient-information')),
  );
}
