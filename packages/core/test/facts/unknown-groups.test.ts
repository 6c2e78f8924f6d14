import { describe, expect, it } from 'vitest';
import { FactsValidationError, parseFacts } from '../../src/index.js';

const AT = '2025-03-15T12:00:00Z';

describe('groups, lists and the time zone may be unknown as a whole (SPEC §1: every fact may be unknown)', () => {
  it.each(['cowsItems', 'relapseSigns', 'opioidExposures', 'userTimeZone'])('%s: "unknown" and null parse to absent', (fact) => {
    for (const value of ['unknown', null]) expect(parseFacts({ evaluatedAt: AT, [fact]: value })).toEqual({ evaluatedAt: AT });
  });

  it('still reports the exact field inside a group that was sent', () => {
    const error = (() => {
      try {
        parseFacts({ evaluatedAt: AT, relapseSigns: { isolating: 'maybe' } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FactsValidationError);
    expect((error as FactsValidationError).issues.map((i) => i.field)).toEqual(['relapseSigns.isolating']);
  });

  it('shows NaN and Infinity as themselves, not as null, in the message', () => {
    expect(() => parseFacts({ evaluatedAt: AT, altXuln: Number.NaN })).toThrow(/received NaN/);
    expect(() => parseFacts({ evaluatedAt: AT, astXuln: Number.POSITIVE_INFINITY })).toThrow(/received Infinity/);
  });
});
