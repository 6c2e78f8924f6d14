/**
 * `recovery-rules assess`: all six rule sets for each facts object, one combined report per object. With
 * `--ndjson`, lines are assessed in batches, in worker threads when `--workers` (or a large input) asks, and
 * `--summary` prints one compact line per patient instead of the full report.
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
    // A summary prints no condition traces, so none are built.
    const settings = command.summary ? { options: { ...options, trace: false }, format: 'summary' as const } : { options, format: 'report' as const };
    return runAssessBatch(command.source, settings, await resolveWorkers(command.workers, command.source), io);
  }
  const run = (facts: unknown): Promise<AssessmentReport> => assess(facts, options);
  return runSingle(run, command.source, command.pretty ? formatPrettyAssessment : undefined, io);
}
