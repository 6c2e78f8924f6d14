import { describe, expect, it } from 'vitest';
import { lintRuleSet } from '../../src/authoring.js';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, englishMessages, loadRuleSet, type MessageCatalog, type RuleSet } from '../../src/index.js';

type Json = Record<string, unknown>;
const leaf = (fact: string, operator: string, value: unknown, path?: string): Json => ({ fact, operator, value, ...(path && { path }) });

function ruleSetWith(conditions: Json, extraOutcomes: Json[] = []): RuleSet {
  return loadRuleSet({
    id: 'lint-me',
    version: '1.0.0',
    title: 'Lint me',
    outcomes: [{ id: 'stop', description: 's' }, ...extraOutcomes, { id: 'unsure', description: 'u' }],
    insufficientOutcome: 'unsure',
    rules: [{ id: 'R-1', outcome: 'stop', conditions, message: 'R-1', sources: ['test'] }],
  });
}
const messages = { 'lint-me': { 'R-1': { summary: 'A message.' } } };
const codes = (ruleSet: RuleSet, catalog: MessageCatalog = messages) => lintRuleSet(ruleSet, catalog).map((f) => `${f.code} ${f.pointer}`);

describe('lintRuleSet', () => {
  it.each(BUILT_IN_RULE_SET_IDS)('finds nothing in the built-in %s', (id) => {
    expect(lintRuleSet(builtInRuleSet(id) as RuleSet, englishMessages)).toEqual([]);
  });

  it('never-fires: contradictory enum comparisons under all', () => {
    const dead = ruleSetWith({ all: [leaf('pregnancyStatus', 'equal', 'pregnant'), leaf('pregnancyStatus', 'in', ['not-pregnant', 'not-applicable'])] });
    expect(codes(dead)).toEqual(['never-fires /rules/0/conditions']);
    const alive = ruleSetWith({ all: [leaf('pregnancyStatus', 'equal', 'pregnant'), leaf('pregnancyStatus', 'notIn', ['not-pregnant'])] });
    expect(codes(alive)).toEqual([]);
  });

  it('never-fires: an empty numeric interval, including touching open ends', () => {
    expect(codes(ruleSetWith({ all: [leaf('cravingIntensity', 'greaterThan', 6), leaf('cravingIntensity', 'lessThan', 4)] }))).toEqual([
      'never-fires /rules/0/conditions',
    ]);
    expect(codes(ruleSetWith({ all: [leaf('cravingIntensity', 'greaterThanInclusive', 5), leaf('cravingIntensity', 'lessThan', 5)] }))).toEqual([
      'never-fires /rules/0/conditions',
    ]);
    expect(codes(ruleSetWith({ all: [leaf('cravingIntensity', 'greaterThanInclusive', 5), leaf('cravingIntensity', 'lessThanInclusive', 5)] }))).toEqual([]);
  });

  it('never-fires: found inside nested any, for grouped facts by path', () => {
    const dead = ruleSetWith({
      any: [leaf('fever', 'equal', 'yes'), { all: [leaf('relapseSigns', 'equal', 'yes', '$.isolating'), leaf('relapseSigns', 'equal', 'no', '$.isolating')] }],
    });
    expect(codes(dead)).toEqual(['never-fires /rules/0/conditions/any/1']);
  });

  it('shadowed: a less restrictive rule whose condition includes a more restrictive rule\'s', () => {
    const shadow = (second: Json) =>
      loadRuleSet({
        id: 'lint-me',
        version: '1.0.0',
        title: 'Lint me',
        outcomes: [{ id: 'stop', description: 's' }, { id: 'review', description: 'r' }, { id: 'unsure', description: 'u' }],
        insufficientOutcome: 'unsure',
        rules: [
          { id: 'R-1', outcome: 'stop', conditions: { all: [leaf('fever', 'equal', 'yes')] }, message: 'R-1', sources: ['t'] },
          { id: 'R-2', outcome: 'review', conditions: second, message: 'R-1', sources: ['t'] },
        ],
      });
    expect(codes(shadow({ all: [leaf('fever', 'equal', 'yes'), leaf('injectsDrugs', 'equal', 'yes')] }))).toEqual(['shadowed /rules/1/conditions']);
    expect(codes(shadow({ any: [leaf('fever', 'equal', 'yes'), leaf('injectsDrugs', 'equal', 'yes')] }))).toEqual([]);
  });

  it('threshold-out-of-range: a value the fact can never take', () => {
    expect(codes(ruleSetWith({ all: [leaf('ageYears', 'greaterThan', 150)] }))).toEqual(['threshold-out-of-range /rules/0/conditions/all/0/value']);
    expect(codes(ruleSetWith({ all: [leaf('ageYears', 'greaterThan', 65)] }))).toEqual([]);
  });

  it('outcome-never-produced: an outcome no rule gives', () => {
    const unused = ruleSetWith({ all: [leaf('fever', 'equal', 'yes')] }, [{ id: 'review', description: 'r' }]);
    expect(codes(unused)).toEqual(['outcome-never-produced /outcomes/1']);
  });

  it('missing-message: a rule whose message key is not in the catalog', () => {
    expect(codes(ruleSetWith({ all: [leaf('fever', 'equal', 'yes')] }), {})).toEqual(['missing-message /rules/0/message']);
  });
});
