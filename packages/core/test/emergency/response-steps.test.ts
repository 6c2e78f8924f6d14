/**
 * The five `emergency-call-now` steps (SPEC §2C "Response content"): order, ids, both locales, the region's
 * number in step 1, call and naloxone shown together, no 988, and none of the SPEC §6 boundaries crossed.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMERGENCY_CONTACTS,
  EMERGENCY_CONTACTS_BY_REGION,
  EMERGENCY_LOCALES,
  EMERGENCY_STEP_IDS,
  emergencyContactsFor,
  emergencyResponseSteps,
  type EmergencyContacts,
  type EmergencyLocale,
} from '../../src/emergency/index.js';

const LOCALES: readonly EmergencyLocale[] = ['en', 'es'];
const REGIONS = Object.keys(EMERGENCY_CONTACTS_BY_REGION);

/** Every (region or fallback) × locale combination. */
const CASES = LOCALES.flatMap((locale) =>
  [undefined, ...REGIONS].map((region) => [region ?? '(none)', locale, emergencyContactsFor(region)] as const),
);

function allText(contacts: EmergencyContacts, locale: EmergencyLocale): string {
  return emergencyResponseSteps(contacts, locale)
    .map((s) => s.text)
    .join('\n');
}

describe('emergencyResponseSteps: structure', () => {
  it('supports exactly en and es', () => {
    expect([...EMERGENCY_LOCALES]).toEqual(['en', 'es']);
  });

  it.each(LOCALES)('%s: five steps in SPEC order with stable ids', (locale) => {
    const steps = emergencyResponseSteps(emergencyContactsFor('US'), locale);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((s) => s.id)).toEqual([
      'call-emergency-number',
      'give-naloxone',
      'support-breathing',
      'recovery-position',
      'stay-and-watch',
    ]);
    expect(steps.map((s) => s.id)).toEqual([...EMERGENCY_STEP_IDS]);
  });

  it.each(LOCALES)('%s: calling and naloxone are marked to show together, the rest are not', (locale) => {
    const steps = emergencyResponseSteps(emergencyContactsFor('GB'), locale);
    expect(steps.filter((s) => s.together).map((s) => s.id)).toEqual(['call-emergency-number', 'give-naloxone']);
  });

  it.each(LOCALES)('%s: only the call step carries a number to dial', (locale) => {
    const steps = emergencyResponseSteps(emergencyContactsFor('AU'), locale);
    expect(steps[0]?.dial).toBe('000');
    expect(steps.slice(1).every((s) => s.dial === undefined && !('dial' in s))).toBe(true);
  });

  it('returns a fresh array each call, so a caller cannot change what the next caller sees', () => {
    const first = emergencyResponseSteps(emergencyContactsFor('US'), 'en');
    first.pop();
    expect(emergencyResponseSteps(emergencyContactsFor('US'), 'en')).toHaveLength(5);
  });

  it('is synchronous: returns an array, not a promise', () => {
    expect(Array.isArray(emergencyResponseSteps(DEFAULT_EMERGENCY_CONTACTS, 'es'))).toBe(true);
  });

  it('each step is one to three short sentences', () => {
    for (const locale of LOCALES) {
      for (const step of emergencyResponseSteps(emergencyContactsFor('US'), locale)) {
        expect(step.text).toBe(step.text.trim());
        const sentences = step.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
        expect(sentences.length, `${locale}/${step.id}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${locale}/${step.id}`).toBeLessThanOrEqual(3);
        expect(step.text.length, `${locale}/${step.id}`).toBeLessThan(160);
      }
    }
  });
});

describe('emergencyResponseSteps: the number', () => {
  it.each(CASES)('%s/%s: step 1 says to call the region number, and no other number appears', (_region, locale, contacts) => {
    const steps = emergencyResponseSteps(contacts, locale);
    const call = steps[0];
    expect(call?.id).toBe('call-emergency-number');
    expect(call?.text).toContain(contacts.emergencyNumber);
    expect(call?.text).toMatch(locale === 'en' ? /^Call \d+/ : /^Llame ahora al \d+/);
    expect(call?.dial).toBe(contacts.emergencyNumber);
    // The emergency number is the only number in any step (no 988, no doses, no other service).
    const numbers = allText(contacts, locale).match(/\d+/g) ?? [];
    expect(new Set(numbers)).toEqual(new Set([contacts.emergencyNumber]));
  });

  it.each(CASES)('%s/%s: never offers 988 in the steps', (_region, locale, contacts) => {
    expect(allText(contacts, locale)).not.toContain('988');
  });

  it('even with the US crisis line present, the steps stay on the emergency number', () => {
    const us = emergencyContactsFor('US');
    expect(us.crisisLine?.number).toBe('988');
    for (const locale of LOCALES) expect(allText(us, locale)).not.toMatch(/988|crisis|lifeline/i);
  });

  it('adds "or your local emergency number" only for the fallback (unknown region)', () => {
    expect(emergencyResponseSteps(DEFAULT_EMERGENCY_CONTACTS, 'en')[0]?.text).toContain('Call 911 (or your local emergency number) now.');
    expect(emergencyResponseSteps(DEFAULT_EMERGENCY_CONTACTS, 'es')[0]?.text).toContain(
      'Llame ahora al 911 (o el número de emergencias de su país).',
    );
    expect(emergencyResponseSteps(emergencyContactsFor('US'), 'en')[0]?.text).toMatch(/^Call 911 now\./);
    expect(emergencyResponseSteps(emergencyContactsFor('US'), 'es')[0]?.text).toMatch(/^Llame ahora al 911\./);
    expect(emergencyResponseSteps(emergencyContactsFor('GB'), 'en')[0]?.text).toMatch(/^Call 999 now\./);
    expect(emergencyResponseSteps(emergencyContactsFor('ES'), 'es')[0]?.text).toMatch(/^Llame ahora al 112\./);
  });

  it('uses an app-supplied number as given', () => {
    const steps = emergencyResponseSteps({ emergencyNumber: '118' }, 'en');
    expect(steps[0]?.text).toMatch(/^Call 118 now\./);
    expect(steps[0]?.dial).toBe('118');
  });

  it.each(['', ' ', '9 1 1', '911 ', 'nine-one-one', '+1911', '1', '1234567'])(
    'throws a RangeError for an unusable emergency number %j rather than show a broken call step',
    (emergencyNumber) => {
      expect(() => emergencyResponseSteps({ emergencyNumber }, 'en')).toThrow(RangeError);
    },
  );

  it.each(['fr', 'EN', 'es-MX', '', undefined, 'toString', '__proto__'])('throws a RangeError for unsupported locale %j', (locale) => {
    expect(() => emergencyResponseSteps(emergencyContactsFor('US'), locale as unknown as EmergencyLocale)).toThrow(RangeError);
  });
});

describe('emergencyResponseSteps: content (SPEC §2C, §6)', () => {
  const en = emergencyResponseSteps(emergencyContactsFor('US'), 'en');
  const es = emergencyResponseSteps(emergencyContactsFor('MX'), 'es');
  const text = (steps: typeof en, id: string): string => steps.find((s) => s.id === id)?.text ?? '';

  it('English steps say what the SPEC says', () => {
    expect(text(en, 'give-naloxone')).toMatch(/naloxone/i);
    expect(text(en, 'give-naloxone')).toMatch(/follow the instructions on the naloxone package/i);
    expect(text(en, 'support-breathing')).toMatch(/breath/i);
    expect(text(en, 'support-breathing')).toMatch(/rescue breathing or CPR/i);
    expect(text(en, 'support-breathing')).toMatch(/instructions you are given on the phone/i);
    expect(text(en, 'recovery-position')).toMatch(/^If they are breathing, roll them onto their side/);
    expect(text(en, 'stay-and-watch')).toMatch(/stay with them until help arrives/i);
    expect(text(en, 'stay-and-watch')).toMatch(/naloxone can wear off/i);
    expect(text(en, 'stay-and-watch')).toMatch(/overdose can come back/i);
  });

  it('Spanish steps say the same, addressing the reader as usted', () => {
    expect(text(es, 'give-naloxone')).toMatch(/^Si tiene naloxona, adminístrela ahora\./);
    expect(text(es, 'give-naloxone')).toMatch(/siga las instrucciones del envase de la naloxona/i);
    expect(text(es, 'support-breathing')).toMatch(/respira/i);
    expect(text(es, 'support-breathing')).toMatch(/respiración de rescate o RCP/);
    expect(text(es, 'support-breathing')).toMatch(/por teléfono/);
    expect(text(es, 'recovery-position')).toMatch(/^Si la persona respira, póngala de lado/);
    expect(text(es, 'stay-and-watch')).toMatch(/^Quédese con la persona hasta que llegue la ayuda/);
    expect(text(es, 'stay-and-watch')).toMatch(/la naloxona puede dejar de hacer efecto/i);
    expect(text(es, 'stay-and-watch')).toMatch(/la sobredosis puede volver/i);
    const tu = /(?<!\p{L})(llama|dale|adminístrala|quédate|sigue|ayuda a la persona|ponla|tienes|puedes|tú|tu|tus|ti|contigo)(?!\p{L})/iu;
    for (const step of es) expect(step.text, step.id).not.toMatch(tu);
  });

  it('Spanish and English differ for every step (nothing left untranslated)', () => {
    for (const [i, step] of en.entries()) expect(es[i]?.text).not.toBe(step.text);
  });

  it.each(LOCALES)('%s: no dose, amount, schedule or repeat instruction anywhere', (locale) => {
    const all = allText(emergencyContactsFor('US'), locale);
    expect(all).not.toMatch(/\b(mg|mcg|µg|ml|milligrams?|micrograms?|millilit(re|er)s?|miligramos?|microgramos?|mililitros?)\b/i);
    expect(all).not.toMatch(/(?<!\p{L})(doses?|dosis|units?|unidad(es)?|sprays?|pulverizaci(ón|ones)|every \d+|cada \d+|second|segunda|minutes?|minutos?)(?!\p{L})/iu);
  });

  it.each(LOCALES)('%s: never tells anyone to start or stop a medicine other than giving naloxone', (locale) => {
    const all = allText(emergencyContactsFor('US'), locale);
    expect(all).not.toMatch(/(naltrexone|buprenorphine|methadone|naltrexona|buprenorfina|metadona|medication|medicine|medicamento|medicina)/i);
    expect(all).not.toMatch(/\b(stop|quit|skip|taper)\b/i);
    expect(all).not.toMatch(/\b(empiece|empieza|comience|deje de tomar|suspenda|pare)\b/i);
  });

  it.each(LOCALES)('%s: never diagnoses', (locale) => {
    const all = allText(emergencyContactsFor('US'), locale);
    expect(all).not.toMatch(/\b(is overdosing|has overdosed|they have|diagnos|está en sobredosis|tiene una sobredosis|diagnóstic)/i);
  });
});
