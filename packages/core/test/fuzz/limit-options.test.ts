/** The rule-set limit options: documented defaults, overrides that raise or lower them, invalid values refused. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, DEFAULT_RULE_SET_LIMITS, FACTS_LIMITS, loadRuleSet, parseFacts, RuleSetLoadError } from '../../src/index.js';

const source = () => structuredClone(builtInRuleSet('urgent-help').source) as unknown as Record<string, unknown>;

function firstIssue(call: () => unknown): { pointer: string; message: string; hint: string } | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof RuleSetLoadError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('rule-set limits', () => {
  it('every built-in rule set loads within the defaults', () => {
    for (const id of BUILT_IN_RULE_SET_IDS) expect(() => loadRuleSet(builtInRuleSet(id).source)).not.toThrow();
  });

  it('a lowered limit refuses the file with a pointer and a hint naming the option', () => {
    const rules = source()['rules'] as unknown[];
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxRules: rules.length - 1 } }))).toMatchObject({ pointer: '/rules', hint: expect.stringContaining('limits.maxRules') });
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxStringLength: 10 } }))?.hint).toContain('limits.maxStringLength');
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxConditionDepth: 1 } }))?.hint).toContain('limits.maxConditionDepth');
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxNodes: 10 } }))?.hint).toContain('limits.maxNodes');
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxJsonValues: 10 } }))?.hint).toContain('limits.maxJsonValues');
    expect(firstIssue(() => loadRuleSet(source(), { limits: { maxArrayLength: 1 } }))?.hint).toContain('limits.maxArrayLength');
  });

  it('a raised limit admits what the default refuses', () => {
    const file = source();
    file['description'] = 'x'.repeat(DEFAULT_RULE_SET_LIMITS.maxStringLength + 1);
    expect(firstIssue(() => loadRuleSet(file))?.pointer).toBe('/description');
    expect(() => loadRuleSet(file, { limits: { maxStringLength: DEFAULT_RULE_SET_LIMITS.maxStringLength + 1 } })).not.toThrow();
  });

  it('an invalid limit is a RangeError, never replaced by the default', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => loadRuleSet(source(), { limits: { maxRules: bad } })).toThrow(RangeError);
    }
    expect(() => loadRuleSet(source(), { limits: { maxConditionDepth: 501 } })).toThrow(RangeError);
    expect(() => loadRuleSet(source(), { limits: { maxDepth: 10 } as never })).toThrow(/unknown limit "maxDepth"/);
  });
});

describe('facts limits', () => {
  it('a string longer than the facts limit is refused, naming the field', () => {
    const evaluatedAt = `2025-03-15T12:00:00Z${' '.repeat(FACTS_LIMITS.maxStringLength)}`;
    expect(() => parseFacts({ evaluatedAt })).toThrow(/evaluatedAt: a string of at most 1000 characters/);
  });
});
