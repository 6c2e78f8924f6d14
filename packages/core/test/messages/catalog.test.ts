/**
 * The English message catalog (messages/en.json): complete for every built-in rule, placeholders only where
 * the value always exists, and clear of the SPEC §6 safety boundaries (no diagnosis, no dose, no telling
 * anyone to start, stop or skip a medicine, no way around the blockade, no "eligible" as a prescription).
 */
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULE_SET_IDS,
  builtInRuleSet,
  FACT_LABELS_SECTION,
  englishMessages,
  evaluate,
  isBuiltInRuleSetId,
  placeholdersIn,
  type MessageText,
  type Rule,
} from '../../src/index.js';
import { loadVectors } from '../vectors/load-vectors.js';

const RULE_SET_IDS = BUILT_IN_RULE_SET_IDS;

/** Every placeholder render-messages.ts can fill. */
const ALLOWED_PLACEHOLDERS = new Set([
  'earliestStartDate',
  'recommendedStartDate',
  'missingFacts',
  'minTotal',
  'maxTotal',
  'total',
  'band',
  'emergencyNumber',
  'crisisLine',
]);
/** {total} needs every COWS item (E-2); {band} needs a band outcome (E-2, E-3). */
const RULES_WITH_TOTAL = new Set(['cows/E-2']);
const RULES_WITH_BAND = new Set(['cows/E-2', 'cows/E-3']);
/** Waiting dates exist whenever these rules fire (SPEC §2A A-W1/A-W2, §2B B-1), and only then for sure. */
const DATE_PLACEHOLDERS = new Set(['earliestStartDate', 'recommendedStartDate']);
const RULES_WITH_DATES = new Set(['naltrexone-candidacy/A-W1', 'naltrexone-candidacy/A-W2', 'waiting-period/B-1']);
/** COWS totals exist only in rule sets that report them. */
const COWS_PLACEHOLDERS = new Set(['minTotal', 'maxTotal', 'total']);

/** The emergency number is a placeholder filled per region (see contact-phrases.ts). */
const EMERGENCY_CALL = 'call {emergencyNumber}';

interface Entry {
  readonly ruleSetId: string;
  readonly key: string;
  readonly text: MessageText;
}

function rulesOf(id: (typeof RULE_SET_IDS)[number]): readonly Rule[] {
  return builtInRuleSet(id).rules as readonly Rule[];
}

/** The rule messages: every section but the fact labels, which have tests of their own (fact-labels.test.ts). */
function entries(): Entry[] {
  return Object.entries(englishMessages).filter(([section]) => section !== FACT_LABELS_SECTION).flatMap(([ruleSetId, messages]) =>
    Object.entries(messages).map(([key, text]) => ({ ruleSetId, key, text })),
  );
}

function textsOf(entry: Entry): string[] {
  return [entry.text.summary, ...(entry.text.detail === undefined ? [] : [entry.text.detail])];
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function entry(ruleSetId: string, key: string): MessageText {
  const text = englishMessages[ruleSetId]?.[key];
  if (!text) throw new Error(`no message ${ruleSetId}/${key}`);
  return text;
}

/** Where each pattern matches in the catalog, after removing explicitly allowed phrases. */
function hits(pattern: RegExp, allowed: readonly AllowedPhrase[] = []): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return entries().flatMap((e) =>
    textsOf(e).flatMap((text) => {
      let scanned = text;
      for (const a of allowed) if (a.where === `${e.ruleSetId}/${e.key}`) scanned = scanned.split(a.phrase).join(' ');
      return [...scanned.matchAll(global)].map((m) => `${e.ruleSetId}/${e.key}: "${m[0]}"`);
    }),
  );
}

interface AllowedPhrase {
  readonly where: string;
  readonly phrase: string;
  readonly why: string;
}

/**
 * Phrases that name stopping on purpose, each checked by a person. Nothing else in the catalog may use
 * stop, quit, skip or taper.
 */
const ALLOWED_STOP_PHRASES: readonly AllowedPhrase[] = [
  {
    where: 'urgent-help/C-U6',
    phrase: "Don't stop suddenly on your own",
    // SPEC §2C C-U6 asks us to advise against abrupt, unsupervised stopping in pregnancy. The phrase tells
    // nobody to start, stop or skip a medicine: it warns against a sudden change made alone and, in the same
    // sentence, sends the person to a care team. That is the SPEC §6 pattern ("talk with your prescriber").
    why: 'SPEC C-U6: warns against abrupt unsupervised stopping and routes to same-day care',
  },
];

describe('English message catalog: completeness', () => {
  it('ships a catalog for exactly the built-in rule sets', () => {
    expect([...BUILT_IN_RULE_SET_IDS].sort()).toEqual([...RULE_SET_IDS].sort());
    expect(Object.keys(englishMessages).sort()).toEqual([...RULE_SET_IDS, FACT_LABELS_SECTION].sort());
  });

  it.each(RULE_SET_IDS)('%s: every rule has a message', (id) => {
    const missing = rulesOf(id)
      .map((r) => r.message)
      .filter((key) => englishMessages[id]?.[key] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(RULE_SET_IDS)('%s: every message belongs to a rule', (id) => {
    const ruleSet = builtInRuleSet(id);
    const used = new Set([...rulesOf(id).map((r) => r.message), ...(ruleSet.invalidInput ? [ruleSet.invalidInput.message] : [])]);
    const unused = Object.keys(englishMessages[id] ?? {}).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('includes the flag and fallback rules', () => {
    for (const [id, key] of [
      ['naltrexone-candidacy', 'A-N2-M'],
      ['naltrexone-candidacy', 'A-E1'],
      ['waiting-period', 'B-TZ'],
      ['urgent-help', 'C-I1'],
      ['urgent-help', 'C-R1'],
      ['relapse-warnings', 'D-0'],
    ] as const) {
      expect(entry(id, key).summary.length).toBeGreaterThan(0);
    }
  });
});

describe('English message catalog: format', () => {
  it.each(entries().map((e) => [`${e.ruleSetId}/${e.key}`, e] as const))('%s', (_name, e) => {
    expect(e.text.summary.trim().length).toBeGreaterThan(0);
    expect(e.text.summary.length).toBeLessThan(140);
    expect(e.text.summary).toBe(e.text.summary.trim());
    // Detail explains why in one to three plain sentences.
    expect(e.text.detail).toBeDefined();
    const sentences = sentencesOf(e.text.detail ?? '');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('uses only placeholders render-messages can fill, and only where the value always exists', () => {
    const problems: string[] = [];
    for (const id of RULE_SET_IDS) {
      const ruleSet = builtInRuleSet(id);
      for (const rule of ruleSet.rules) {
        const text = englishMessages[id]?.[rule.message];
        if (!text) continue;
        for (const name of textsOf({ ruleSetId: id, key: rule.message, text }).flatMap(placeholdersIn)) {
          const where = `${id}/${rule.id}`;
          if (!ALLOWED_PLACEHOLDERS.has(name)) problems.push(`${where}: {${name}} is not a known placeholder`);
          if (DATE_PLACEHOLDERS.has(name) && !(ruleSet.reports.has('waitingDates') && RULES_WITH_DATES.has(where))) {
            problems.push(`${where}: {${name}} may be missing when this rule fires`);
          }
          if (COWS_PLACEHOLDERS.has(name) && !ruleSet.reports.has('cowsTotals')) {
            problems.push(`${where}: {${name}} is never reported by ${id}`);
          }
          if (name === 'total' && !RULES_WITH_TOTAL.has(where)) problems.push(`${where}: {total} is only filled when every COWS item is known`);
          if (name === 'band' && !RULES_WITH_BAND.has(where)) problems.push(`${where}: {band} is only meaningful when the outcome is a COWS band`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no stray braces outside well-formed placeholders', () => {
    const stray = entries().flatMap((e) =>
      textsOf(e)
        .map((t) => t.replace(/\{[A-Za-z]+\}/g, ''))
        .filter((t) => /[{}]/.test(t))
        .map((t) => `${e.ruleSetId}/${e.key}: ${t}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('English message catalog: SPEC §6 safety scan', () => {
  it('gives no dose or amount', () => {
    expect(hits(/\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|units?|tablets?|pills?)\b/i)).toEqual([]);
    expect(hits(/µg/)).toEqual([]);
    expect(hits(/\b(milligrams?|micrograms?|millilit(re|er)s?|twice a day|once a day|once daily|every \d+ hours)\b/i)).toEqual([]);
  });

  it('never tells anyone to start, stop, skip or change a medicine', () => {
    const medicine = '(naltrexone|vivitrol|buprenorphine|methadone|suboxone|naloxone|medications?|medicines?|doses?|injections?|pills?|tablets?)';
    expect(
      hits(new RegExp(`\\b(start|stop|skip|quit|taper|increase|decrease|double)\\b[^.]{0,30}\\b${medicine}`, 'i'), ALLOWED_STOP_PHRASES),
    ).toEqual([]);
    expect(hits(new RegExp(`\\b(take|taking|took)\\b[^.]{0,30}\\b${medicine}`, 'i'))).toEqual([]);
    expect(hits(new RegExp(`\\b(you can|you may|you should|go ahead and) (now )?(start|begin|take|use)\\b`, 'i'))).toEqual([]);
    // Stricter than the SPEC asks: every stop, quit, skip or taper must be an allowed phrase checked by a person.
    expect(hits(/\b(stop|quit|skip|taper)\b/i, ALLOWED_STOP_PHRASES)).toEqual([]);
  });

  it('keeps every allowed phrase in use, so the allow-list cannot go stale', () => {
    for (const a of ALLOWED_STOP_PHRASES) {
      const [ruleSetId, key] = a.where.split('/');
      expect(textsOf({ ruleSetId: ruleSetId ?? '', key: key ?? '', text: entry(ruleSetId ?? '', key ?? '') }).join(' ')).toContain(a.phrase);
    }
  });

  it('never diagnoses', () => {
    const conditions = '(hepatitis|liver (disease|failure|damage)|withdrawal|an infection|(a |an )?overdose|depression|depressed|opioid use disorder|OUD|an addiction|addicted)';
    expect(hits(/\byou have (hepatitis|withdrawal|an infection|depression|opioid use disorder|OUD)\b/i)).toEqual([]);
    expect(hits(new RegExp(`\\b(you have|you've got|you are|you're|they have|they are|they're|the person has|the person is) (in )?${conditions}\\b`, 'i'))).toEqual([]);
    expect(hits(/\b(diagnos(is|ed|e)|you are an addict)\b/i)).toEqual([]);
  });

  it('never suggests a way around the blockade; any mention is a warning', () => {
    const mentions = /\b(overcome|overcoming|override|overriding|push(ing)? past|get(ting)? past|beat|outlast|shorten)\b[^.]{0,40}\bblock/i;
    const unwarned = entries().flatMap((e) =>
      textsOf(e)
        .flatMap(sentencesOf)
        .filter((s) => mentions.test(s) && !/\b(fatal|deadly|overdose|die)\b/i.test(s))
        .map((s) => `${e.ruleSetId}/${e.key}: ${s}`),
    );
    expect(unwarned).toEqual([]);
    expect(hits(/\b(higher|larger|bigger|more) (opioid )?(doses?|amounts?) (to|can) (overcome|override|get past)/i)).toEqual([]);
  });

  it('never presents "eligible" as a prescription (A-E1: the prescriber decides, usually after tests)', () => {
    expect(hits(/\beligible\b/i)).toEqual([]);
    const fallback = textsOf({ ruleSetId: 'naltrexone-candidacy', key: 'A-E1', text: entry('naltrexone-candidacy', 'A-E1') }).join(' ');
    expect(entry('naltrexone-candidacy', 'A-E1').summary).toMatch(/\bprescriber/i);
    expect(entry('naltrexone-candidacy', 'A-E1').summary).toMatch(/\btests?\b/i);
    expect(fallback).toMatch(/not a prescription/i);
  });
});

describe('English message catalog: emergency wording', () => {
  const urgent = builtInRuleSet('urgent-help');

  it('every emergency-call-now summary says to call the emergency number', () => {
    const emergencyKeys = urgent.rules
      .filter((r) => r.effect.kind === 'outcome' && r.effect.outcome === 'emergency-call-now')
      .map((r) => r.message);
    expect(emergencyKeys.length).toBeGreaterThan(0);
    const without = emergencyKeys.filter((key) => !entry('urgent-help', key).summary.toLowerCase().includes(EMERGENCY_CALL.toLowerCase()));
    expect(without).toEqual([]);
  });

  it('C-I1 carries the call-911 safety net in its summary (SPEC §6)', () => {
    const { summary } = entry('urgent-help', 'C-I1');
    expect(summary).toMatch(/can't check/i);
    expect(summary).toMatch(/won't wake/i);
    expect(summary).toMatch(/breathing normally/i);
    expect(summary.toLowerCase()).toContain(`${EMERGENCY_CALL} now`.toLowerCase());
  });

  it('C-E5 says naloxone can wear off before the opioids do', () => {
    expect(entry('urgent-help', 'C-E5').summary).toMatch(/naloxone can wear off before the opioids do/i);
  });

  it('never writes an emergency or crisis number itself: {emergencyNumber} and {crisisLine} are filled per region', () => {
    const bare = entries().flatMap((e) =>
      textsOf(e)
        .filter((t) => /\b(911|988|112|999|000|111)\b/.test(t))
        .map((t) => `${e.ruleSetId}/${e.key}: ${t}`),
    );
    expect(bare).toEqual([]);
  });

  it('offers a crisis line only through {crisisLine}, after "you can"', () => {
    const misplaced = entries().flatMap((e) =>
      textsOf(e)
        .flatMap(sentencesOf)
        .filter((s) => s.includes('{crisisLine}') && !/\byou can (also )?\{crisisLine\}/i.test(s))
        .map((s) => `${e.ruleSetId}/${e.key}: ${s}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('urgent-help text also works when a family member describes someone else', () => {
    // Self-only phrasing ("your breathing", "your body") reads wrongly when the subject is another person.
    const selfOnly = /\byour (body|breathing|lips|skin|pupils|tolerance|overdose|mood|injection|naltrexone|liver|pregnancy)\b/i;
    const found = Object.entries(englishMessages['urgent-help'] ?? {}).flatMap(([key, text]) =>
      textsOf({ ruleSetId: 'urgent-help', key, text })
        .filter((t) => selfOnly.test(t))
        .map((t) => `${key}: ${t}`),
    );
    expect(found).toEqual([]);
  });
});

describe('English message catalog: tone for relapse warnings', () => {
  it('D-3 treats a lapse as a signal to reach out, not a failure, and names the higher overdose risk', () => {
    const { summary, detail } = entry('relapse-warnings', 'D-3');
    expect(summary).toMatch(/reach out/i);
    expect(summary).toMatch(/not a failure/i);
    expect(summary).toMatch(/overdose risk is higher/i);
    expect(`${summary} ${detail ?? ''}`).not.toMatch(/\b(fail(ed|ure to)|relapsed|setback|blame|should have|weak)\b/i);
  });

  it('D-1 frames post-acute symptoms as common and easing over time, not as a diagnosis', () => {
    const detail = entry('relapse-warnings', 'D-1').detail ?? '';
    expect(detail).toMatch(/\bcommon\b/i);
    expect(detail).toMatch(/\bease\b/i);
    expect(detail).toMatch(/\bmonths\b/i);
    expect(detail).not.toMatch(/\b(PAWS|syndrome|disorder)\b/);
  });
});

describe('English message catalog: rendering through the public API', () => {
  const vectors = loadVectors().filter((v) => isBuiltInRuleSetId(v.ruleSetId));

  it.each(vectors.map((v) => [v.id, v] as const))('%s renders every fired rule', async (_id, vector) => {
    if (!isBuiltInRuleSetId(vector.ruleSetId)) throw new Error('filtered above');
    const result = await evaluate(vector.ruleSetId, vector.facts);
    const ruleMessages = result.messages.filter((m) => m.ruleId !== null);
    expect(ruleMessages.map((m) => m.ruleId).sort()).toEqual([...result.firedRules].sort());
    // The outcome's own message (ruleId null) appears only when no fired rule explains the outcome.
    const explained = result.rules.some((r) => r.status === 'fired' && r.outcome === result.outcome);
    const ownMessage = builtInRuleSet(vector.ruleSetId).outcomes.find((o) => o.id === result.outcome)?.message;
    expect(result.messages.length - ruleMessages.length).toBe(!explained && ownMessage !== undefined ? 1 : 0);
    for (const message of result.messages) {
      expect(message.summary).not.toMatch(/\[missing message/);
      expect(message.summary).not.toMatch(/[{}]/);
      expect(message.detail ?? '').not.toMatch(/[{}]/);
      expect(message.summary.length).toBeLessThan(140);
      expect(message.detail).toBeDefined();
    }
  });

  it('the vectors exercise the date placeholders', async () => {
    const rendered = new Set<string>();
    for (const vector of vectors) {
      if (!isBuiltInRuleSetId(vector.ruleSetId)) continue;
      const result = await evaluate(vector.ruleSetId, vector.facts);
      for (const m of result.messages) rendered.add(`${vector.ruleSetId}/${m.ruleId}`);
    }
    for (const where of RULES_WITH_DATES) expect(rendered.has(where), where).toBe(true);
  });
});
