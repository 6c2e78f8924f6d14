import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OutcomePanel } from '../../src/components/OutcomePanel.js';
import { builtInRuleSetText } from '../../src/playground/built-in-sources.js';
import { evaluatePlayground } from '../../src/playground/evaluate-playground.js';
import { patientFactsText, SAMPLE_PATIENTS } from '../../src/playground/sample-patients.js';

const ready = SAMPLE_PATIENTS.find((p) => p.file === '04-ready-candidate.json');
const evaluation = evaluatePlayground(builtInRuleSetText('naltrexone-candidacy'), ready ? patientFactsText(ready) : '{}').evaluation;

describe('OutcomePanel', () => {
  it('labels a reassuring outcome as reassuring once evaluated', () => {
    expect(evaluation?.outcome.reassuring).toBe(true);
    const html = renderToStaticMarkup(<OutcomePanel evaluation={evaluation} pending={false} />);
    expect(html).toContain('Reassuring: nothing entered rules it out');
    expect(html).toContain('data-reassuring="true"');
  });

  it('never says reassuring while an edit waits to be evaluated', () => {
    const html = renderToStaticMarkup(<OutcomePanel evaluation={evaluation} pending={true} />);
    expect(html).not.toContain('Reassuring');
    expect(html).toContain('Re-evaluating');
    expect(html).toContain('aria-busy="true"');
  });

  it('shows no outcome at all when there is no evaluation', () => {
    const html = renderToStaticMarkup(<OutcomePanel evaluation={undefined} pending={false} />);
    expect(html).toContain('No outcome');
    expect(html).toContain('data-outcome=""');
  });
});
