import { fillPlaceholders, type MessageCatalog } from '../messages/catalog.js';
import type { ResultMessage, RuleTrace } from './result.js';

/** Values a message may refer to as `{name}`. */
export interface MessageValues {
  readonly earliestStartDate?: string;
  readonly recommendedStartDate?: string;
  readonly missingFacts: readonly string[];
  readonly minTotal?: number;
  readonly maxTotal?: number;
}

/**
 * Renders the messages of fired rules from a catalog. A rule without a message in the catalog is reported
 * with its key, never silently skipped.
 */
export function renderMessages(
  ruleSetId: string,
  fired: readonly RuleTrace<string>[],
  values: MessageValues,
  catalog: MessageCatalog,
): ResultMessage[] {
  const fill: Record<string, string | undefined> = {
    earliestStartDate: values.earliestStartDate,
    recommendedStartDate: values.recommendedStartDate,
    missingFacts: values.missingFacts.length > 0 ? values.missingFacts.join(', ') : 'none',
    total: values.minTotal !== undefined && values.minTotal === values.maxTotal ? String(values.minTotal) : undefined,
    minTotal: values.minTotal?.toString(),
    maxTotal: values.maxTotal?.toString(),
  };
  return fired.map((rule) => {
    const text = catalog[ruleSetId]?.[rule.message];
    if (!text) return { ruleId: rule.id, summary: `[missing message ${ruleSetId}/${rule.message}]` };
    return {
      ruleId: rule.id,
      summary: fillPlaceholders(text.summary, fill),
      ...(text.detail !== undefined && { detail: fillPlaceholders(text.detail, fill) }),
    };
  });
}
