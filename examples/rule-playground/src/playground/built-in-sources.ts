/** The SDK's built-in rule sets as editable JSON text. */
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, type BuiltInRuleSetId } from '@recovery-rules/core/sync';

/** Every built-in rule set id, in the SDK's order. */
export const RULE_SET_IDS: readonly BuiltInRuleSetId[] = BUILT_IN_RULE_SET_IDS;

/** The built-in rule set's file, pretty-printed with two-space indents. */
export function builtInRuleSetText(id: BuiltInRuleSetId): string {
  return `${JSON.stringify(builtInRuleSet(id).source, null, 2)}\n`;
}

/** The built-in rule set's title, for the picker. */
export const builtInTitle = (id: BuiltInRuleSetId): string => builtInRuleSet(id).title;
