/** `recovery-rules docs <ruleSetId|file> [--format md|html]`: a rule set as a review document. */
import { readFile } from 'node:fs/promises';
import { builtInRuleSet, isBuiltInRuleSetId, loadRuleSet, RuleSetLoadError, type RuleSet } from '@recovery-rules/core';
import { ruleSetDocument, toHtml, toMarkdown } from '../authoring/rule-set-document.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

async function ruleSetFrom(target: string): Promise<RuleSet> {
  if (isBuiltInRuleSetId(target)) return builtInRuleSet(target) as RuleSet;
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch {
    throw new UsageError(`"${target}" is neither a built-in rule set nor a readable file`);
  }
  return loadRuleSet(JSON.parse(text) as unknown, { file: target });
}

/** Prints the review document of a built-in rule set or a rule-set file. */
export async function runDocs(target: string, format: 'md' | 'html', io: CliIo): Promise<ExitCode> {
  let ruleSet: RuleSet;
  try {
    ruleSet = await ruleSetFrom(target);
  } catch (error) {
    if (!(error instanceof RuleSetLoadError || error instanceof SyntaxError)) throw error;
    io.stderr.write(`recovery-rules: ${target} is not a valid rule set; run "recovery-rules validate ${target}" for positions\n${error.message}\n`);
    return ExitCode.InvalidInput;
  }
  const doc = ruleSetDocument(ruleSet);
  io.stdout.write(format === 'html' ? toHtml(doc) : toMarkdown(doc));
  return ExitCode.Evaluated;
}
