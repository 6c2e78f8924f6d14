/**
 * Emergency numbers by region (SPEC §2C, §6): the right number per region, 988 only in the US, a 911 fallback
 * for an unknown region, and a RangeError rather than a guess for a malformed region code.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMERGENCY_CONTACTS,
  EMERGENCY_CONTACTS_BY_REGION,
  emergencyContactsFor,
  type EmergencyContacts,
} from '../../src/emergency/index.js';

const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

describe('EMERGENCY_CONTACTS_BY_REGION', () => {
  it.each([
    ['US', '911'],
    ['CA', '911'],
    ['MX', '911'],
    ['GB', '999'],
    ['IE', '112'],
    ['DE', '112'],
    ['FR', '112'],
    ['ES', '112'],
    ['IT', '112'],
    ['NL', '112'],
    ['PT', '112'],
    ['AU', '000'],
    ['NZ', '111'],
  ] as const)('%s calls %s', (region, number) => {
    expect(emergencyContactsFor(region).emergencyNumber).toBe(number);
    expect(EMERGENCY_CONTACTS_BY_REGION[region]?.emergencyNumber).toBe(number);
  });

  it('lists every EU member state with 112', () => {
    for (const region of EU_MEMBER_STATES) expect(emergencyContactsFor(region).emergencyNumber, region).toBe('112');
  });

  it('keys are ISO 3166-1 alpha-2 shaped and numbers are digits only', () => {
    for (const [region, contacts] of Object.entries(EMERGENCY_CONTACTS_BY_REGION)) {
      expect(region).toMatch(/^[A-Z]{2}$/);
      expect(contacts.emergencyNumber, region).toMatch(/^[0-9]{3}$/);
      if (contacts.crisisLine) expect(contacts.crisisLine.number, region).toMatch(/^[0-9]+$/);
    }
  });

  it('offers the 988 Suicide & Crisis Lifeline in the US, by call or text', () => {
    expect(emergencyContactsFor('US').crisisLine).toEqual({
      number: '988',
      name: '988 Suicide & Crisis Lifeline',
      textable: true,
    });
  });

  it('never offers 988 outside the US (SPEC §6: 988 is US-only; CA is left out pending sign-off)', () => {
    const offering988 = Object.entries(EMERGENCY_CONTACTS_BY_REGION)
      .filter(([, c]) => c.crisisLine?.number === '988' || JSON.stringify(c).includes('988'))
      .map(([region]) => region);
    expect(offering988).toEqual(['US']);
    expect(emergencyContactsFor('CA').crisisLine).toBeUndefined();
  });

  it('is frozen, including nested crisis lines', () => {
    expect(Object.isFrozen(EMERGENCY_CONTACTS_BY_REGION)).toBe(true);
    for (const contacts of Object.values(EMERGENCY_CONTACTS_BY_REGION)) {
      expect(Object.isFrozen(contacts)).toBe(true);
      if (contacts.crisisLine) expect(Object.isFrozen(contacts.crisisLine)).toBe(true);
    }
    expect(() => {
      (EMERGENCY_CONTACTS_BY_REGION as Record<string, EmergencyContacts>)['US'] = { emergencyNumber: '000' };
    }).toThrow(TypeError);
    expect(emergencyContactsFor('US').emergencyNumber).toBe('911');
  });
});

describe('emergencyContactsFor: unknown or absent region', () => {
  it('falls back to 911 with no crisis line when no region is given (SPEC §2C: 911 by default)', () => {
    expect(emergencyContactsFor(undefined)).toBe(DEFAULT_EMERGENCY_CONTACTS);
    expect(DEFAULT_EMERGENCY_CONTACTS).toEqual({ emergencyNumber: '911' });
    expect(DEFAULT_EMERGENCY_CONTACTS.crisisLine).toBeUndefined();
    expect(Object.isFrozen(DEFAULT_EMERGENCY_CONTACTS)).toBe(true);
  });

  it.each(['ZZ', 'XK', 'BR', 'JP', 'IN', 'ZA'])('an unlisted region (%s) gets the 911 fallback and never 988', (region) => {
    const contacts = emergencyContactsFor(region);
    expect(contacts).toBe(DEFAULT_EMERGENCY_CONTACTS);
    expect(contacts.crisisLine).toBeUndefined();
  });

  it('a real region outside the table (NO: 112 there reaches the police, 113 is medical) is not guessed', () => {
    expect(emergencyContactsFor('NO')).toBe(DEFAULT_EMERGENCY_CONTACTS);
  });

  it('is synchronous: returns a value, not a promise', () => {
    expect(emergencyContactsFor('US')).not.toBeInstanceOf(Promise);
  });
});

describe('emergencyContactsFor: malformed region', () => {
  it.each(['us', 'Us', 'USA', 'U', '', ' US', 'US ', 'en-US', 'U1', '12', 'ÉS', '__proto__', 'constructor'])(
    'throws a RangeError for %j rather than guessing',
    (region) => {
      expect(() => emergencyContactsFor(region)).toThrow(RangeError);
    },
  );

  it.each([null, 1, {}, ['US']])('throws a RangeError for the non-string %j from untyped callers', (region) => {
    expect(() => emergencyContactsFor(region as unknown as string)).toThrow(RangeError);
  });

  it('names the expected format in the error', () => {
    expect(() => emergencyContactsFor('usa')).toThrow(/two uppercase letters/);
  });
});
