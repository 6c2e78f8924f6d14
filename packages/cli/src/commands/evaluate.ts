/** `recovery-rules evaluate`: checks the rule set id, then reads one object or a stream of lines. */
import { BUILT_IN_RULE_SET_IDS, evaluate, isBuiltInRuleSetId, type EvaluateOptions, type EvaluationResult } from '@recovery-rules/core';
import { formatPrettyResult } from '../format/pretty-result.js';
import type { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import type { Command } from '../parse-command.js';
import { UsageError } from '../usage-error.js';
import { runNdjson } from './evaluate-ndjson.js';
import { runSingle } from './evaluate-single.js';

/**
 * Runs an evaluate command.
 * @throws {@link UsageError} for a rule set id the SDK does not ship, or an input that cannot be opened.
 */
export async function runEvaluate(command: Extract<Command, { kind: 'evaluate' }>, io: CliIo): Promise<ExitCode> {
  const { ruleSetId, source } = command;
  if (!isBuiltInRuleSetId(ruleSetId)) {
    throw new UsageError(`unknown rule set "${ruleSetId}"; built-in rule sets: ${BUILT_IN_RULE_SET_IDS.join(', ')}`);
  }
  const options: EvaluateOptions = {
    ...(command.fentanylPolicy && { fentanylPolicy: command.fentanylPolicy }),
    ...(command.region && { region: command.region }),
    ...(command.locale && { locale: command.locale }),
    ...(!command.trace && { trace: false }),
  };
  const run = (facts: unknown): Promise<EvaluationResult> => evaluate(ruleSetId, facts, options);
  return command.mode === 'ndjson' ? runNdjson(run, source, io) : runSingle(run, source, command.pretty ? formatPrettyResult : undefined, io);
}
