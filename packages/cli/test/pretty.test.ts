/** `--pretty`: the outcome, messages, dates, rules with sources and leaf traces, and what to ask next. */
import { describe, expect, it } from 'vitest';
import { eligibleFacts, invalidAgeFacts } from './fixtures.js';
import { runCli } from './run-cli.js';

interface Result {
  outcome: string;
  messages: { ruleId: string; summary: string; detail?: string }[];
  earliestStartDate?: string;
  recommendedStartDate?: string;
}

function both(ruleSetId: string, facts: Record<string, unknown>): { text: string; json: Result; status: number | null } {
  const input = JSON.stringify(facts);
  const pretty = runCli(['evaluate', ruleSetId, '--pretty'], input);
  return { text: pretty.stdout, status: pretty.status, json: JSON.parse(runCli(['evaluate', ruleSetId], input).stdout) as Result };
}

describe('evaluate --pretty', () => {
  it('shows the outcome and every message with its detail', () => {
    const { text, json, status } = both('naltrexone-candidacy', eligibleFacts());
    expect(status).toBe(0);
    expect(text).toContain('OUTCOME: eligible');
    expect(json.messages.length).toBeGreaterThan(0);
    for (const message of json.messages) {
      expect(text).toContain(message.summary);
      if (message.detail) expect(text).toContain(message.detail);
    }
  });

  it('shows waiting-period dates and the fired rule with its sources and leaf trace', () => {
    const { text, json } = both('naltrexone-candidacy', { ...eligibleFacts(), lastOpioidUseAt: '2025-03-12T12:00:00Z' });
    expect(json.outcome).toBe('not-yet');
    expect(text).toContain('OUTCOME: not-yet');
    expect(text).toMatch(new RegExp(`Earliest start +${json.earliestStartDate}`));
    expect(text).toMatch(new RegExp(`Recommended start +${json.recommendedStartDate}`));
    expect(text).toMatch(/Fired rules\n {2}A-W1 {2}-> {2}outcome not-yet\n {6}sources: .*VIV 2\.1/);
    expect(text).toContain('[true   ] waitingPeriodStatus equal "before-earliest"; actual: "before-earliest"');
  });

  it('shows undecided rules with unknown leaves and the facts to ask next', () => {
    const facts = eligibleFacts();
    delete facts['altXuln'];
    const { text, json } = both('naltrexone-candidacy', facts);
    expect(json.outcome).toBe('insufficient-information');
    expect(text).toContain('Undecided rules (they depend on unknown facts)');
    expect(text).toContain('[unknown] altXuln greaterThan 3; actual: unknown');
    expect(text).toMatch(/Ask next .*\n.*1\. altXuln +could lead to needs-clinical-evaluation/);
  });

  it('puts an emergency outcome first', () => {
    const { text } = both('urgent-help', {
      evaluatedAt: '2025-03-15T12:00:00Z',
      subjectRole: 'other-person',
      responsiveness: 'unresponsive',
      lipNailColor: 'blue-gray-or-purple',
    });
    expect(text.split('\n').slice(0, 6).join('\n')).toContain('OUTCOME: emergency-call-now');
  });

  it('explains invalid input as text naming the field, exit 1', () => {
    const run = runCli(['evaluate', 'naltrexone-candidacy', '--pretty'], JSON.stringify(invalidAgeFacts()));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Could not evaluate: invalid-facts\n {2}\* ageYears: received 130/);
  });
});
