import { factLabel, fillPlaceholders, type MessageCatalog } from '../messages/catalog.js';
import type { OutcomeDefinition } from '../rule-set/rule-set.js';
import type { ResultMessage, RuleTrace } from './result.js';

/** Values a message may refer to as `{name}`. */
export interface MessageValues {
  readonly earliestStartDate?: string | undefined;
  readonly recommendedStartDate?: string | undefined;
  readonly missingFacts: readonly string[];
  readonly total?: number | undefined;
  readonly minTotal?: number | undefined;
  readonly maxTotal?: number | undefined;
  /** The outcome in words (dashes as spaces), e.g. "moderately severe". */
  readonly outcomeLabel: string;
  /** The emergency number for the region, with a local-number reminder when the region is unknown. */
  readonly emergencyNumber: string;
  /** Completes "you can …" with a crisis line that applies in the region. */
  readonly crisisLine: string;
}

/**
 * Renders the messages of fired rules from a catalog. A rule without a message in the catalog is reported
 * with its key, never silently skipped.
 */
export function renderMessages(
  ruleSetId: string,
  fired: readonly RuleTrace<string>[],
  outcome: OutcomeDefinition,
  values: MessageValues,
  catalog: MessageCatalog,
): ResultMessage[] {
  const fill: Record<string, string | undefined> = {
    earliestStartDate: values.earliestStartDate,
    recommendedStartDate: values.recommendedStartDate,
    missingFacts: values.missingFacts.length > 0 ? values.missingFacts.map((fact) => factLabel(catalog, fact)).join(', ') : 'none',
    total: values.total?.toString(),
    band: values.outcomeLabel,
    emergencyNumber: values.emergencyNumber,
    crisisLine: values.crisisLine,
    minTotal: values.minTotal?.toString(),
    maxTotal: values.maxTotal?.toString(),
  };
  const render = (ruleId: string | null, key: string): ResultMessage => {
    const text = catalog[ruleSetId]?.[key];
    if (!text) return { ruleId, summary: `[missing message ${ruleSetId}/${key}]` };
    const summary = fillPlaceholders(text.summary, fill);
    return text.detail === undefined ? { ruleId, summary } : { ruleId, summary, detail: fillPlaceholders(text.detail, fill) };
  };
  const explained = fired.some((rule) => rule.outcome === outcome.id);
  const messages: ResultMessage[] = [];
  // An outcome reached without a rule of its own (the reassurance gate) still shows its message first.
  if (outcome.message !== undefined && !explained) messages.push(render(null, outcome.message));
  for (const rule of fired) messages.push(render(rule.id, rule.message));
  return messages;
}
