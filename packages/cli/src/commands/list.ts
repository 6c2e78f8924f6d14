/** `recovery-rules list`: the built-in rule sets with versions, as JSON or (with --pretty) a table. */
import { listRuleSets } from '@recovery-rules/core';
import { ExitCode } from '../exit-codes.js';
import { formatRuleSetTable } from '../format/rule-set-table.js';
import type { CliIo } from '../io.js';

/** Prints the rule sets: a JSON array of `{ id, version, title, outcomes, ruleCount }` by default. */
export function runList(pretty: boolean, io: CliIo): ExitCode {
  const ruleSets = listRuleSets();
  io.stdout.write(pretty ? formatRuleSetTable(ruleSets) : `${JSON.stringify(ruleSets)}\n`);
  return ExitCode.Evaluated;
}
