/**
 * The browser entries the bundle benchmark measures. The goal of issue 7 names the core browser entry as
 * "evaluator, all built-in rule sets, schemas": an app that evaluates and assesses with the built-in rule
 * sets, validates facts with the facts schema, and shows English messages, disclaimers and emergency
 * content. That is every value export of `@recovery-rules/core/sync` except the few that only serve
 * loading a rule set of one's own (listed below; a new export counts unless added there). The second
 * entry, `export *`, is the worst case: every export used.
 */
import { createRequire } from 'node:module';

/** A browser entry to bundle: its name (also its folder under `.size/`) and its source. */
export interface BrowserEntry {
  readonly name: string;
  readonly description: string;
  readonly contents: string;
}

/**
 * Exports of the sync entry that only load custom rule sets (the built-ins are proven at build time and
 * never go through the loader): the loader, its zod rule-set schema and its size limits.
 */
export const CUSTOM_RULE_SET_EXPORTS = ['loadRuleSet', 'ruleSetSchema', 'DEFAULT_RULE_SET_LIMITS', 'MAX_CONDITION_DEPTH_CEILING'] as const;

/** The resolved ESM file of `@recovery-rules/core/sync`. */
export function syncEntryFile(): string {
  return createRequire(import.meta.url).resolve('@recovery-rules/core/sync').replace(/\.cjs$/, '.js');
}

/** The goal's entry: every runtime export of the sync entry, named, so a bundler keeps only what they reach. */
export async function goalEntry(): Promise<BrowserEntry> {
  const file = syncEntryFile();
  const sync = (await import(file)) as Record<string, unknown>;
  const excluded: readonly string[] = CUSTOM_RULE_SET_EXPORTS;
  for (const name of excluded) if (!(name in sync)) throw new Error(`${name} is no longer exported by @recovery-rules/core/sync; update CUSTOM_RULE_SET_EXPORTS`);
  const names = Object.keys(sync).filter((name) => !excluded.includes(name)).sort();
  return {
    name: 'goal',
    description: `\`export { ${names.length} runtime exports } from '@recovery-rules/core/sync'\` (all but ${CUSTOM_RULE_SET_EXPORTS.join(', ')})`,
    contents: `export { ${names.join(', ')} } from ${JSON.stringify(file)};\n`,
  };
}

/** The worst case: `export * from '@recovery-rules/core/sync'`. */
export function allExportsEntry(): BrowserEntry {
  return { name: 'all-exports', description: "`export * from '@recovery-rules/core/sync'`", contents: `export * from ${JSON.stringify(syncEntryFile())};\n` };
}
