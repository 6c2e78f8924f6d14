/**
 * The built-in rule sets skip the loader's checks at run time (so apps do not bundle the loader); that is
 * only sound if what they build is exactly what `loadRuleSet` makes of the same JSON files, content hash
 * included, with and without parameter overrides, errors included.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, loadRuleSet, RuleSetLoadError, type RuleSet } from '../../src/index.js';
import { builtInRuleSetWithParameters } from '../../src/rule-sets/built-in.js';

const fileText = (id: string): unknown => JSON.parse(readFileSync(new URL(`../../rule-sets/${id}.json`, import.meta.url), 'utf8'));
const loadedFromFile = (id: string, parameters?: Readonly<Record<string, number>>): RuleSet =>
  loadRuleSet(fileText(id), { file: `rule-sets/${id}.json`, ...(parameters && { parameters }) });

describe.each(BUILT_IN_RULE_SET_IDS)('built-in %s', (id) => {
  it('is deeply and strictly equal to loadRuleSet of its JSON file, content hash included', () => {
    const loaded = loadedFromFile(id);
    expect(builtInRuleSet(id).contentHash).toBe(loaded.contentHash);
    expect(builtInRuleSet(id)).toStrictEqual(loaded);
    expect(isDeepStrictEqual(builtInRuleSet(id), loaded)).toBe(true);
  });

  it.each(['min', 'max'] as const)('with every parameter overridden to its %s equals loadRuleSet with the same overrides', (end) => {
    const overrides = Object.fromEntries([...builtInRuleSet(id).parameters].map(([name, p]) => [name, p[end]]));
    const loaded = loadedFromFile(id, overrides);
    const built = builtInRuleSetWithParameters(id, overrides);
    expect(isDeepStrictEqual(built, loaded)).toBe(true);
    expect(built.overriddenParameters).toEqual(Object.keys(overrides).sort());
  });

  it('rejects an unknown or out-of-range override with the loader\'s own error', () => {
    const first = [...builtInRuleSet(id).parameters][0];
    const overrides = first ? { [first[0]]: first[1].max + 1, notAParameter: 1 } : { notAParameter: 1 };
    const problem = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        expect(error).toBeInstanceOf(RuleSetLoadError);
        return (error as RuleSetLoadError).issues;
      }
      throw new Error('expected a RuleSetLoadError');
    };
    const viaBuiltIn = problem(() => builtInRuleSetWithParameters(id, overrides));
    expect(viaBuiltIn).toEqual(problem(() => loadedFromFile(id, overrides)));
    expect(viaBuiltIn.length).toBe(first ? 2 : 1);
  });
});
