/**
 * A mistake on the command line (exit code 2). Its message is shown on stderr followed by a pointer to
 * `--help`; stdout stays empty so a pipeline never mistakes it for a result.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
