/**
 * The Spanish message catalog (messages/es.json): every urgent-help rule has a message with the same keys and
 * placeholders as English, and the text stays inside the SPEC §6 safety boundaries (no dose, no telling anyone
 * to start, stop or skip a medicine, no diagnosis, no way around the blockade, 911 written with the local-number
 * reminder, and 988 only as a US service).
 */
import { describe, expect, it } from 'vitest';
import {
  builtInRuleSet,
  englishMessages,
  fillPlaceholders,
  placeholdersIn,
  type MessageCatalog,
  type MessageText,
} from '../../src/index.js';
import es from '../../messages/es.json';

const spanishMessages: MessageCatalog = es;

const RULE_SET_ID = 'urgent-help';
/** The emergency number is a placeholder filled per region and language (see contact-phrases.ts). */
const EMERGENCY_CALL = '{emergencyNumber}';

interface Entry {
  readonly key: string;
  readonly text: MessageText;
}

const urgent = builtInRuleSet(RULE_SET_ID);
const spanishUrgent = spanishMessages[RULE_SET_ID] ?? {};
const englishUrgent = englishMessages[RULE_SET_ID] ?? {};

function entries(): Entry[] {
  return Object.entries(spanishUrgent).map(([key, text]) => ({ key, text }));
}

function textsOf(text: MessageText): string[] {
  return [text.summary, ...(text.detail === undefined ? [] : [text.detail])];
}

/** Splits on sentence ends, keeping the abbreviation "EE. UU." inside its sentence. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/EE\. UU\./g, 'EE_UU')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.replace(/EE_UU/g, 'EE. UU.').trim())
    .filter((s) => s.length > 0);
}

/** A case-insensitive regex with Unicode-aware word edges (JS `\b` treats á, é, ñ... as non-letters). */
function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, flags);
}

interface AllowedPhrase {
  readonly key: string;
  readonly phrase: string;
  readonly why: string;
}

/** Where each pattern matches, after removing explicitly allowed phrases. */
function hits(pattern: RegExp, allowed: readonly AllowedPhrase[] = []): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return entries().flatMap((e) =>
    textsOf(e.text).flatMap((text) => {
      let scanned = text;
      for (const a of allowed) if (a.key === e.key) scanned = scanned.split(a.phrase).join(' ');
      return [...scanned.matchAll(global)].map((m) => `${e.key}: "${m[0]}"`);
    }),
  );
}

/**
 * Phrases that use "stop" verbs on purpose, each checked by a person. Nothing else may use dejar de,
 * suspender, interrumpir, parar, saltar(se) or omitir.
 */
const ALLOWED_STOP_PHRASES: readonly AllowedPhrase[] = [
  {
    key: 'C-U6',
    phrase: 'No deje de consumir de golpe sin ayuda',
    // Mirrors the English allow-listed "Don't stop suddenly on your own" (SPEC §2C C-U6): a warning against an
    // abrupt, unsupported change in pregnancy that sends the person to a care team. It tells nobody to start,
    // stop or skip a medicine.
    why: 'SPEC C-U6: warns against abrupt unsupported stopping and routes to same-day care',
  },
  {
    key: 'C-E5',
    phrase: 'La naloxona puede dejar de actuar',
    why: 'Describes naloxone wearing off (SPEC C-E5); not an instruction',
  },
];

const MEDICINE = 'naltrexona|vivitrol|buprenorfina|metadona|suboxone|naloxona|medicamentos?|medicinas?|medicaci[oó]n|dosis|inyecci[oó]n|inyecciones|pastillas?|comprimidos?|tabletas?';

describe('Spanish message catalog: completeness', () => {
  it('ships urgent-help only', () => {
    expect(Object.keys(spanishMessages)).toEqual([RULE_SET_ID, 'facts']);
  });

  it('has a message for every urgent-help rule and outcome message', () => {
    const keys = [
      ...urgent.rules.map((r) => r.message),
      ...urgent.outcomes.flatMap((o) => (o.message === undefined ? [] : [o.message])),
    ];
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => spanishUrgent[key] === undefined)).toEqual([]);
  });

  it('covers C-E1..C-E9, C-U1..C-U10 (no C-U8), C-C1..C-C5, C-I1 and C-R1', () => {
    const expected = [
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `C-E${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 9, 10].map((n) => `C-U${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `C-C${n}`),
      'C-I1',
      'C-R1',
    ];
    expect(Object.keys(spanishUrgent).sort()).toEqual(expected.sort());
  });

  it('has exactly the English keys, no more and no fewer', () => {
    expect(Object.keys(spanishUrgent).sort()).toEqual(Object.keys(englishUrgent).sort());
  });
});

describe('Spanish message catalog: format', () => {
  it.each(entries().map((e) => [e.key, e] as const))('%s', (key, e) => {
    const english = englishUrgent[key];
    expect(e.text.summary.trim().length).toBeGreaterThan(0);
    expect(e.text.summary.length).toBeLessThan(140);
    expect(e.text.summary).toBe(e.text.summary.trim());
    expect(e.text.detail === undefined).toBe(english?.detail === undefined);
    const sentences = sentencesOf(e.text.detail ?? '');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(e.text.summary).not.toBe(english?.summary);
    expect(e.text.detail).not.toBe(english?.detail);
  });

  it('uses only the placeholders the English entry uses, and all of them', () => {
    const problems = entries().flatMap((e) => {
      const english = englishUrgent[e.key];
      if (!english) return [`${e.key}: no English entry`];
      const out: string[] = [];
      for (const part of ['summary', 'detail'] as const) {
        const en = new Set(placeholdersIn(english[part] ?? ''));
        const sp = new Set(placeholdersIn(e.text[part] ?? ''));
        for (const name of sp) if (!en.has(name)) out.push(`${e.key}.${part}: {${name}} is not in the English entry`);
        for (const name of en) if (!sp.has(name)) out.push(`${e.key}.${part}: {${name}} from English is missing`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('has no stray braces outside well-formed placeholders', () => {
    const stray = entries().flatMap((e) =>
      textsOf(e.text)
        .map((t) => t.replace(/\{[A-Za-z]+\}/g, ''))
        .filter((t) => /[{}]/.test(t))
        .map((t) => `${e.key}: ${t}`),
    );
    expect(stray).toEqual([]);
  });

  it('C-I1 renders with the missing facts filled in', () => {
    const detail = spanishUrgent['C-I1']?.detail ?? '';
    expect(fillPlaceholders(detail, { missingFacts: 'breathingStatus' })).toMatch(/Respuestas que ayudarían: breathingStatus\.$/);
  });
});

describe('Spanish message catalog: SPEC §6 safety scan', () => {
  it('gives no dose or amount', () => {
    expect(hits(/\b\d+([.,]\d+)?\s?(mg|mcg|µg|ml|unidad(es)?|pastillas?|comprimidos?|tabletas?|c[aá]psulas?|gotas?)(?!\p{L})/iu)).toEqual([]);
    expect(hits(/µg/)).toEqual([]);
    expect(
      hits(words('miligramos?|microgramos?|mililitros?|una vez al d[ií]a|dos veces al d[ií]a|cada \\d+ horas|dosis (alta|baja|doble)s?')),
    ).toEqual([]);
    // "Dosis" appears nowhere at all: no dose talk, even indirect.
    expect(hits(words('dosis'))).toEqual([]);
  });

  it('never tells anyone to start or stop a medicine (the brief pattern)', () => {
    expect(
      hits(/\b(empiece|empieza|comience|deje de tomar|suspenda|pare)\b[^.]{0,30}\b(naltrexona|buprenorfina|metadona|medicamento|medicina|dosis)\b/i),
    ).toEqual([]);
  });

  it('never tells anyone to start, stop, skip or change a medicine (Unicode-aware, wider verb list)', () => {
    const verbs =
      'empiece|empiecen|empieza|empezar|comience|comiencen|comenzar|inicie|iniciar|deje de|dejar de|deja de|suspenda|suspender|suspende|interrumpa|interrumpir|pare|parar|salte|s[aá]ltese|omita|omitir|aumente|aumentar|reduzca|reducir|disminuya|duplique|tome|tomar|tomen';
    expect(hits(new RegExp(`(?<!\\p{L})(?:${verbs})(?!\\p{L})[^.]{0,30}(?<!\\p{L})(?:${MEDICINE})(?!\\p{L})`, 'iu'), ALLOWED_STOP_PHRASES)).toEqual([]);
    expect(hits(words('puede (ya )?(empezar|comenzar|tomar|usar)|ya puede (empezar|comenzar|tomar)'))).toEqual([]);
    // Stricter than the SPEC asks: every stop-like verb must be an allowed phrase checked by a person.
    expect(hits(words('dej(e|ar|a) de|suspend\\p{L}*|interrump\\p{L}*|pare|parar|paren|s[aá]lte(se)?|omit\\p{L}*'), ALLOWED_STOP_PHRASES)).toEqual([]);
  });

  it('keeps every allowed phrase in use, so the allow-list cannot go stale', () => {
    for (const a of ALLOWED_STOP_PHRASES) {
      const text = spanishUrgent[a.key];
      expect(text, a.key).toBeDefined();
      expect(textsOf(text ?? { summary: '' }).join(' ')).toContain(a.phrase);
    }
  });

  it('never diagnoses', () => {
    const conditions = 'hepatitis|(una )?enfermedad del h[ií]gado|(el )?s[ií]ndrome de abstinencia|abstinencia|(una )?infecci[oó]n|(una )?sobredosis|depresi[oó]n|deprimid[oa]|(un )?trastorno por consumo de opioides|TCO|(una )?adicci[oó]n|adict[oa]';
    expect(
      hits(words(`(usted tiene|tiene usted|usted est[aá]|est[aá] usted|la persona tiene|la persona est[aá]|tiene|est[aá]|es) (en )?(${conditions})`)),
    ).toEqual([]);
    expect(hits(words('diagn[oó]stic\\p{L}*|es (un|una) adict[oa]'))).toEqual([]);
  });

  it('never suggests a way around the blockade; any mention is a warning', () => {
    const mentions = words('superar|supere|vencer|venza|saltarse|saltar|romper|rompa|acortar|acorte|ganarle|forzar|fuerce');
    const unwarned = entries().flatMap((e) =>
      textsOf(e.text)
        .flatMap(sentencesOf)
        .filter((s) => mentions.test(s) && /bloqueo|bloquea/i.test(s) && !words('mortal|sobredosis|morir|muerte').test(s))
        .map((s) => `${e.key}: ${s}`),
    );
    expect(unwarned).toEqual([]);
    expect(hits(words('(dosis|cantidades?) (m[aá]s )?(altas?|mayores?|grandes?) para (superar|vencer|saltarse)'))).toEqual([]);
  });

  it('never says "eligible"', () => {
    expect(hits(words('elegible|apto|apta'))).toEqual([]);
  });

  it('addresses the reader as usted, never tú', () => {
    expect(hits(words('t[uú]|tus|ti|contigo|tienes|puedes|debes|estás|eres|llama|dale|qu[eé]date|avisa|ll[aá]mame'))).toEqual([]);
  });
});

describe('Spanish message catalog: emergency wording', () => {
  const emergencyKeys = urgent.rules
    .filter((r) => r.effect.kind === 'outcome' && r.effect.outcome === 'emergency-call-now')
    .map((r) => r.message);

  it('every emergency-call-now summary tells the reader to call the emergency number', () => {
    expect(emergencyKeys).toEqual(['C-E1', 'C-E2', 'C-E3', 'C-E4', 'C-E5', 'C-E6', 'C-E7', 'C-E8', 'C-E9']);
    const without = emergencyKeys.filter((key) => !(spanishUrgent[key]?.summary ?? '').includes(EMERGENCY_CALL));
    expect(without).toEqual([]);
    for (const key of emergencyKeys) expect(spanishUrgent[key]?.summary, key).toMatch(/\bllame\b[^.]*\{emergencyNumber\}/i);
  });

  it('C-I1 carries the call-911 safety net in its summary (SPEC §6)', () => {
    const summary = spanishUrgent['C-I1']?.summary ?? '';
    expect(summary).toMatch(/no puede comprobarlo/i);
    expect(summary).toMatch(/no despierta/i);
    expect(summary).toMatch(/no respira con normalidad/i);
    expect(summary).toContain(`llame ya al ${EMERGENCY_CALL}`);
  });

  it('C-E5 says naloxone can wear off before the opioids do', () => {
    expect(spanishUrgent['C-E5']?.summary).toMatch(/la naloxona puede dejar de actuar antes que los opioides/i);
  });

  it('never writes an emergency or crisis number itself: the placeholders are filled per region', () => {
    const bare = entries().flatMap((e) =>
      textsOf(e.text)
        .filter((t) => /\b(911|988|112|999|000|111)\b/.test(t))
        .map((t) => `${e.key}: ${t}`),
    );
    expect(bare).toEqual([]);
  });

  it('offers a crisis line only through {crisisLine}, after "puede"', () => {
    const misplaced = entries().flatMap((e) =>
      textsOf(e.text)
        .flatMap(sentencesOf)
        .filter((s) => s.includes('{crisisLine}') && !/\bpuede \{crisisLine\}/i.test(s))
        .map((s) => `${e.key}: ${s}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('keeps the same key facts as English in every message (911, 988, naloxone, medicines by name)', () => {
    const pairs: readonly (readonly [RegExp, RegExp])[] = [
      [/\{emergencyNumber\}/, /\{emergencyNumber\}/],
      [/\{crisisLine\}/, /\{crisisLine\}/],
      [/naloxone/i, /naloxona/i],
      [/naltrexone/i, /naltrexona/i],
      [/methadone/i, /metadona/i],
      [/buprenorphine/i, /buprenorfina/i],
      [/\bUS\b/, /EE\. UU\./],
    ];
    const mismatches: string[] = [];
    for (const [key, english] of Object.entries(englishUrgent)) {
      const spanish = spanishUrgent[key];
      if (!spanish) continue;
      for (const part of ['summary', 'detail'] as const) {
        for (const [enPattern, esPattern] of pairs) {
          const inEnglish = enPattern.test(english[part] ?? '');
          const inSpanish = esPattern.test(spanish[part] ?? '');
          if (inEnglish !== inSpanish) mismatches.push(`${key}.${part}: ${enPattern.source} ${inEnglish} vs ${esPattern.source} ${inSpanish}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('urgent-help text also works when a family member describes someone else', () => {
    // Self-only phrasing ("su respiración", "su cuerpo") reads wrongly when the subject is another person.
    expect(hits(words('su (cuerpo|respiraci[oó]n|piel|labios|pupilas|tolerancia|sobredosis|[aá]nimo|h[ií]gado|embarazo)'))).toEqual([]);
  });
});
