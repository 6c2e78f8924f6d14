/**
 * Loads the rule-set editor's text with the SDK's own loader, so the playground accepts exactly what an
 * app would, and places every load problem and lint finding at its line and column.
 */
import { lintRuleSet } from '@recovery-rules/core/authoring';
import { englishMessages, loadRuleSet, RuleSetLoadError, type RuleSet } from '@recovery-rules/core/sync';
import { locatePointer } from './locate-pointer.js';
import { parseJsonText } from './parse-json-text.js';
import type { Problem } from './problem.js';

/** The file name the SDK puts in its messages for the editor's content. */
export const RULE_SET_FILE = 'rule-set.json';

/** A loaded rule set with its lint findings, or the problems that stop it loading. */
export type CheckedRuleSet =
  | { readonly ok: true; readonly ruleSet: RuleSet; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Parses, loads and lints the rule-set text. Only an exception that is not a load error escapes. */
export function checkRuleSet(text: string): CheckedRuleSet {
  const parsed = parseJsonText('rule-set', text);
  if (!parsed.ok) return parsed;
  let ruleSet: RuleSet;
  try {
    ruleSet = loadRuleSet(parsed.value, { file: RULE_SET_FILE });
  } catch (error) {
    if (!(error instanceof RuleSetLoadError)) throw error;
    const problems = error.issues.map((issue): Problem => ({
      editor: 'rule-set',
      kind: 'rule-set',
      severity: 'error',
      position: locatePointer(text, issue.pointer),
      pointer: issue.pointer === '' ? '/' : issue.pointer,
      message: issue.message,
      hint: issue.hint,
    }));
    return { ok: false, problems };
  }
  const warnings = lintRuleSet(ruleSet, englishMessages).map((finding): Problem => ({
    editor: 'rule-set',
    kind: 'lint',
    severity: 'warning',
    position: locatePointer(text, finding.pointer),
    pointer: finding.pointer,
    message: `${finding.message} (${finding.code})`,
  }));
  return { ok: true, ruleSet, warnings };
}
