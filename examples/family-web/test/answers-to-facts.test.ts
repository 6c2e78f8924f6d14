import { evaluateSync, RELAPSE_SIGNS } from '@recovery-rules/core/sync';
import { describe, expect, it } from 'vitest';
import { NOT_SURE } from '../src/engine/answer-values.js';
import { checkInFacts } from '../src/engine/check-in-facts.js';
import { deviceRegion } from '../src/engine/device-context.js';
import { waitingPeriodFacts } from '../src/engine/waiting-period-facts.js';

const NOW = new Date('2026-11-24T06:00:00Z');

describe('waitingPeriodFacts', () => {
  const form = { lastUseDate: '2026-11-20', lastUseTime: '', opioidType: 'short-acting', fentanyl: NOT_SURE, timeZone: 'America/New_York' };

  it('sends a date alone when the time is not known, and leaves "not sure" out (unknown)', () => {
    expect(waitingPeriodFacts(form, NOW)).toEqual({
      evaluatedAt: NOW.toISOString(), userTimeZone: 'America/New_York', lastOpioidUseAt: '2026-11-20', lastOpioidType: 'short-acting',
    });
  });

  it('adds the zone offset when the time is known', () => {
    expect(waitingPeriodFacts({ ...form, lastUseTime: '22:30' }, NOW).lastOpioidUseAt).toBe('2026-11-20T22:30:00-05:00');
  });

  it('falls back to the date, not a guessed offset, when the zone is unknown', () => {
    const facts = waitingPeriodFacts({ ...form, lastUseTime: '22:30', timeZone: null }, NOW);
    expect(facts).toMatchObject({ userTimeZone: null, lastOpioidUseAt: '2026-11-20' });
  });

  it('is accepted by the SDK and gives the longer window for unknown fentanyl', () => {
    const result = evaluateSync('waiting-period', waitingPeriodFacts(form, NOW));
    expect(result.outcome).toBe('computed');
    expect(Date.parse(result.recommendedStartAt ?? '') - Date.parse(result.earliestStartAt ?? '')).toBe(4 * 86_400_000);
  });
});

describe('checkInFacts', () => {
  const none = Object.fromEntries(RELAPSE_SIGNS.map((sign) => [sign, 'no']));

  it('reads all "no" and a low craving as none-detected', () => {
    const facts = checkInFacts({ signs: none, craving: '2', usedAgain: 'no' }, NOW);
    expect(evaluateSync('relapse-warnings', facts).outcome).toBe('none-detected');
  });

  it('keeps one "not sure" from becoming an all-clear', () => {
    const facts = checkInFacts({ signs: { ...none, highStress: NOT_SURE }, craving: '2', usedAgain: 'no' }, NOW);
    expect(facts.relapseSigns).not.toHaveProperty('highStress');
    expect(evaluateSync('relapse-warnings', facts).outcome).toBe('insufficient-information');
  });

  it('leaves an unsure craving unknown rather than zero', () => {
    expect(checkInFacts({ signs: none, craving: NOT_SURE, usedAgain: 'no' }, NOW)).not.toHaveProperty('cravingIntensity');
  });
});

describe('deviceRegion', () => {
  it.each([
    [['en-GB', 'en'], 'GB'],
    [['en', 'de-DE'], 'DE'],
    [['en'], undefined],
    [['not a tag!', 'es-MX'], 'MX'],
  ])('%j → %s', (languages, region) => {
    expect(deviceRegion(languages)).toBe(region);
  });
});
