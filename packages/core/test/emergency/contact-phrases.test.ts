import { describe, expect, it } from 'vitest';
import { assess, evaluate } from '../../src/index.js';

const AT = '2025-03-15T12:00:00Z';
const notBreathing = { evaluatedAt: AT, breathingStatus: 'absent' };
const passiveThoughts = { evaluatedAt: AT, selfHarmThoughts: 'passive' };
const allText = (messages: readonly { summary: string; detail?: string }[]) => messages.map((m) => `${m.summary} ${m.detail ?? ''}`).join(' ');

describe('messages name the emergency number and crisis line of the region', () => {
  it('without a region: 911 with the local-number reminder, and 988 described as US-only', async () => {
    expect((await evaluate('urgent-help', notBreathing)).messages[0]?.summary).toContain('Call 911 (or your local emergency number) now');
    expect(allText((await evaluate('urgent-help', passiveThoughts)).messages)).toContain('call or text 988 in the US, or a local crisis line elsewhere');
  });

  it('in the UK: 999 only, and no 988', async () => {
    const emergency = await evaluate('urgent-help', notBreathing, { region: 'GB' });
    expect(emergency.messages[0]?.summary).toContain('Call 999 now');
    const crisis = allText((await evaluate('urgent-help', passiveThoughts, { region: 'GB' })).messages);
    expect(crisis).not.toMatch(/988|911/);
    expect(crisis).toContain('call a local crisis line');
  });

  it('in the US: 911 without the reminder, and 988', async () => {
    expect((await evaluate('urgent-help', notBreathing, { region: 'US' })).messages[0]?.summary).toContain('Call 911 now');
    expect(allText((await evaluate('urgent-help', passiveThoughts, { region: 'US' })).messages)).toContain('call or text 988');
  });

  it('in Spanish for Spain: 112, and no 988', async () => {
    const report = await assess(notBreathing, { region: 'ES', locale: 'es' });
    expect(report.messages[0]?.summary).toMatch(/llame ya al 112/i);
    expect(report.emergency?.contacts.emergencyNumber).toBe('112');
    expect(allText(report.messages)).not.toMatch(/988|911/);
  });

  it('rejects a malformed region or an unsupported locale instead of guessing', async () => {
    await expect(evaluate('urgent-help', notBreathing, { region: 'uk' })).rejects.toThrow(RangeError);
    await expect(evaluate('urgent-help', notBreathing, { locale: 'fr' as 'en' })).rejects.toThrow(RangeError);
  });
});
