/** `recovery-rules lint <files|ids…>`: valid rule sets that are probably wrong, each finding at its position. */
import { readFile } from 'node:fs/promises';
import { builtInRuleSet, englishMessages, isBuiltInRuleSetId, loadRuleSet, RuleSetLoadError, type RuleSet } from '@recovery-rules/core';
import { lintRuleSet } from '@recovery-rules/core/authoring';
import { locatePointer } from '../authoring/locate-pointer.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

async function load(target: string): Promise<{ ruleSet: RuleSet; text?: string }> {
  if (isBuiltInRuleSetId(target)) return { ruleSet: builtInRuleSet(target) as RuleSet };
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch {
    throw new UsageError(`"${target}" is neither a built-in rule set nor a readable file`);
  }
  return { ruleSet: loadRuleSet(JSON.parse(text) as unknown, { file: target }), text };
}

/**
 * Lints each built-in id or rule-set file and prints `file:line:column: code: message`. Exits 1 when any
 * finding (or an invalid file) was reported; run `validate` first for load errors with positions.
 */
export async function runLint(targets: readonly string[], io: CliIo): Promise<ExitCode> {
  if (targets.length === 0) throw new UsageError('"lint" needs at least one rule set id or file');
  let exitCode: ExitCode = ExitCode.Evaluated;
  for (const target of targets) {
    let loaded: { ruleSet: RuleSet; text?: string };
    try {
      loaded = await load(target);
    } catch (error) {
      if (!(error instanceof RuleSetLoadError || error instanceof SyntaxError)) throw error;
      io.stdout.write(`${target}: not a valid rule set; run "recovery-rules validate ${target}"\n`);
      exitCode = ExitCode.InvalidInput;
      continue;
    }
    const findings = lintRuleSet(loaded.ruleSet, englishMessages);
    for (const finding of findings) {
      const at = loaded.text === undefined ? '' : `:${Object.values(locatePointer(loaded.text, finding.pointer)).join(':')}`;
      io.stdout.write(`${target}${at}: ${finding.code}: ${finding.message} (at ${finding.pointer})\n`);
    }
    if (findings.length === 0) io.stdout.write(`${target}: no findings\n`);
    else exitCode = ExitCode.InvalidInput;
  }
  return exitCode;
}
