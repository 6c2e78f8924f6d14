/**
 * `recovery-rules assess`: all six rule sets for each facts object, one combined report per object. With
 * `--ndjson`, lines are assessed in batches, in worker threads when `--workers` (or a large input) asks.
 */
import { assess, type AssessmentReport, type AssessOptions } from '@recovery-rules/core';
import type { ExitCode } from '../exit-codes.js';
import { formatPrettyAssessment } from '../format/pretty-assessment.js';
import type { CliIo } from '../io.js';
import type { Command } from '../parse-command.js';
import { resolveWorkers, runAssessBatch } from '../batch/run-assess-batch.js';
import { runSingle } from './evaluate-single.js';

/** Runs an assess command. */
export async function runAssess(command: Extract<Command, { kind: 'assess' }>, io: CliIo): Promise<ExitCode> {
  const options: AssessOptions = {
    ...(command.fentanylPolicy && { fentanylPolicy: command.fentanylPolicy }),
    ...(command.region && { region: command.region }),
    ...(command.locale && { locale: command.locale }),
    ...(!command.trace && { trace: false }),
  };
  if (command.mode === 'ndjson') {
    return runAssessBatch(command.source, options, await resolveWorkers(command.workers, command.source), io);
  }
  const run = (facts: unknown): Promise<AssessmentReport> => assess(facts, options);
  return runSingle(run, command.source, command.pretty ? formatPrettyAssessment : undefined, io);
}
