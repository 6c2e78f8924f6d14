/** One problem found while loading a rule set. */
export interface RuleSetIssue {
  /** The file the rule set came from, when the caller named one. */
  readonly file?: string;
  /** JSON pointer (RFC 6901) to the offending value, e.g. `/rules/3/conditions/all/0/fact`. */
  readonly pointer: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do about it, in one line. */
  readonly hint: string;
}

/** Thrown when a rule set fails validation; nothing runs until every issue is fixed. */
export class RuleSetLoadError extends Error {
  /** Stable machine-readable code. */
  readonly code = 'invalid-rule-set' as const;

  constructor(readonly issues: readonly RuleSetIssue[]) {
    super(
      `Invalid rule set:\n${issues.map((i) => `  ${i.file ? `${i.file} ` : ''}${i.pointer || '/'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'RuleSetLoadError';
  }

  /** A JSON-friendly form for command-line and HTTP error bodies. */
  toJSON(): { code: 'invalid-rule-set'; message: string; issues: readonly RuleSetIssue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Encodes a path as a JSON pointer (RFC 6901). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
