/** A truth value shown in words and colour together, never colour alone. */
import type { Truth } from '@recovery-rules/core/sync';

/** A coloured label reading "true", "false" or "unknown". */
export function TruthLabel({ truth }: { readonly truth: Truth }) {
  return <span className={`truth truth-${truth}`}>{truth}</span>;
}
