/**
 * The synchronous entry bundles English messages only. A Spanish request there must never come out in
 * English: without a catalog it is a RangeError naming what to import; with `spanishCatalog` it equals the
 * main entry's `locale: 'es'`, which still bundles Spanish.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import { spanishCatalog } from '../../src/messages-es.js';
import * as sync from '../../src/sync.js';

const notBreathing = { evaluatedAt: '2025-03-15T12:00:00Z', breathingStatus: 'absent' };

describe('locale "es" in the synchronous entry', () => {
  it('is a RangeError that names the Spanish catalog subpath when no messages are passed', () => {
    const attempts = [
      () => sync.evaluateSync('urgent-help', notBreathing, { locale: 'es' }),
      () => sync.evaluateRuleSetSync(sync.builtInRuleSet('urgent-help'), notBreathing, { locale: 'es', region: 'ES' }),
      () => sync.assessSync(notBreathing, { locale: 'es' }),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(RangeError);
      expect(attempt).toThrow(/import \{ spanishCatalog \} from '@recovery-rules\/core\/messages\/es'/);
    }
  });

  it('with spanishCatalog gives the main entry\'s Spanish report, emergency phrasing included', () => {
    const viaSync = sync.assessSync(notBreathing, { locale: 'es', region: 'ES', messages: spanishCatalog });
    const viaMain = main.assessSync(notBreathing, { locale: 'es', region: 'ES' });
    expect(viaSync).toEqual(viaMain);
    expect(viaSync.messages[0]?.summary).toMatch(/llame ya al 112/i);
    expect(viaSync.disclaimer).toBe(sync.DISCLAIMERS.es);
  });

  it('still renders English for "en" or no locale, and an app catalog wins over the locale', () => {
    expect(sync.evaluateSync('urgent-help', notBreathing).messages).toEqual(main.evaluateSync('urgent-help', notBreathing, { locale: 'en' }).messages);
    const own = { 'urgent-help': { 'C-E1': { summary: 'own text' } } };
    expect(sync.evaluateSync('urgent-help', notBreathing, { locale: 'es', messages: own }).messages[0]?.summary).toBe('own text');
  });
});

describe('locale "es" in the main entry', () => {
  it('renders Spanish over English without further options, sync and async alike', async () => {
    const syncResult = main.evaluateSync('urgent-help', notBreathing, { locale: 'es' });
    const asyncResult = await main.evaluate('urgent-help', notBreathing, { locale: 'es' });
    expect(syncResult.messages[0]?.summary).toMatch(/o el número de emergencias de su país/);
    expect(asyncResult.messages).toEqual(syncResult.messages);
    expect((await main.assess(notBreathing, { locale: 'es' })).messages).toEqual(main.assessSync(notBreathing, { locale: 'es' }).messages);
  });
});
