/** One problem shown to the author, wherever it came from, with the place in the text it belongs to. */
import type { TextPosition } from './text-position.js';

/** Which editor a problem belongs to. */
export type EditorId = 'rule-set' | 'facts';

/** One problem in one editor's text. */
export interface Problem {
  readonly editor: EditorId;
  /**
   * `syntax`: the text is not JSON; `rule-set`: the SDK refused to load the rule set; `facts`: the SDK
   * refused the facts; `lint`: the rule set loads but is probably wrong; `evaluation`: anything else.
   */
  readonly kind: 'syntax' | 'rule-set' | 'facts' | 'lint' | 'evaluation';
  /** Errors stop evaluation; warnings (lint findings) do not. */
  readonly severity: 'error' | 'warning';
  readonly position: TextPosition;
  /** JSON pointer to the value concerned, when the SDK gave one. */
  readonly pointer?: string;
  readonly message: string;
  /** What to do about it, when known. */
  readonly hint?: string;
}
