/**
 * Maps what went wrong with one input to the error body printed as `{"error": ...}` and its exit code.
 * Invalid input names the field (exit 1); anything unexpected is an internal error (exit 3), never
 * blamed on the caller.
 */
import { FactsValidationError } from '@recovery-rules/core';
import { ExitCode } from './exit-codes.js';
import { InvalidJsonError } from './parse-json.js';

/** The object inside `{"error": ...}`. Always has a stable `code` and a readable `message`. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

/** An input that could not be evaluated. */
export interface Failure {
  readonly exitCode: ExitCode;
  readonly body: ErrorBody;
}

/** Classifies an error thrown while parsing or evaluating one input. */
export function failureOf(error: unknown): Failure {
  if (error instanceof FactsValidationError || error instanceof InvalidJsonError) {
    return { exitCode: ExitCode.InvalidInput, body: error.toJSON() };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.Internal, body: { code: 'internal-error', message } };
}

/** The one-line JSON printed for a failure, with extra keys (such as `line`) added to the body. */
export function errorLine(failure: Failure, extra: Readonly<Record<string, unknown>> = {}): string {
  return JSON.stringify({ error: { ...failure.body, ...extra } });
}

/** A short human line for stderr, e.g. `invalid-facts: ageYears: received -1; expected ...`. */
export function errorSummary(failure: Failure): string {
  return `recovery-rules: ${failure.body.code}: ${failure.body.message}`;
}
