/**
 * Finds the rule set a test file names: a built-in id, or a rule-set JSON file whose path is relative to
 * the test file. A file is fully validated by the core's loader before any case runs.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, isBuiltInRuleSetId, loadRuleSet, RuleSetLoadError, type RuleSet } from '@recovery-rules/core';
import { stripBom } from '../../read-input.js';

/** A rule set under test, and how to report it. */
export interface TestedRuleSet {
  /** Identifies the rule set across test files: `built-in:<id>`, or `file:<absolute path>`. */
  readonly key: string;
  /** How the report names it, e.g. `waiting-period (built-in)` or `waiting-period (drafts/wp.json)`. */
  readonly label: string;
  /** The built-in id, when it is one; such rule sets run through `evaluate`. */
  readonly builtInId?: (typeof BUILT_IN_RULE_SET_IDS)[number];
  readonly ruleSet: RuleSet;
}

/** The rule set, or why it cannot be used (one sentence, for the test file's `/ruleSet` key). */
export type Resolution = { readonly ok: true; readonly tested: TestedRuleSet } | { readonly ok: false; readonly message: string };

async function fromFile(reference: string, testFile: string): Promise<Resolution> {
  const shown = join(dirname(testFile), reference);
  let text: string;
  try {
    text = stripBom(await readFile(resolve(shown), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      message: `"${reference}" is neither a built-in rule set (${BUILT_IN_RULE_SET_IDS.join(', ')}) nor a readable rule-set file (${shown}: ${reason})`,
    };
  }
  try {
    const ruleSet = loadRuleSet(JSON.parse(text) as unknown, { file: shown });
    return { ok: true, tested: { key: `file:${resolve(shown)}`, label: `${ruleSet.id} (${shown})`, ruleSet } };
  } catch (error) {
    if (!(error instanceof RuleSetLoadError || error instanceof SyntaxError)) throw error;
    const first = error instanceof RuleSetLoadError ? (error.issues[0]?.message ?? '') : error.message;
    return { ok: false, message: `the rule set ${shown} is not valid (${first}); run "recovery-rules validate ${shown}" for every problem` };
  }
}

/** Resolves a test file's `ruleSet` value. */
export async function resolveRuleSet(reference: string, testFile: string): Promise<Resolution> {
  if (!isBuiltInRuleSetId(reference)) return fromFile(reference, testFile);
  return {
    ok: true,
    tested: { key: `built-in:${reference}`, label: `${reference} (built-in)`, builtInId: reference, ruleSet: builtInRuleSet(reference) as RuleSet },
  };
}
