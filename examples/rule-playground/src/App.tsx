/**
 * The rule playground: a rule set and facts side by side, re-evaluated with the SDK shortly after every
 * edit, with every problem at its line and column, the outcome, and the trace of every rule.
 */
import { DISCLAIMERS, type BuiltInRuleSetId } from '@recovery-rules/core/sync';
import { useMemo, useRef, useState } from 'react';
import { JsonEditor, type JsonEditorHandle } from './components/JsonEditor.js';
import { OutcomePanel } from './components/OutcomePanel.js';
import { Pickers } from './components/Pickers.js';
import { ProblemList } from './components/ProblemList.js';
import { ResultDetails } from './components/ResultDetails.js';
import { TraceTree } from './components/TraceTree.js';
import { builtInRuleSetText, RULE_SET_IDS } from './playground/built-in-sources.js';
import { evaluatePlayground } from './playground/evaluate-playground.js';
import type { EditorId, Problem } from './playground/problem.js';
import { patientFactsText, SAMPLE_PATIENTS, type SamplePatient } from './playground/sample-patients.js';
import { useDebouncedValue } from './use-debounced-value.js';

/** How long typing must pause before the playground re-evaluates. */
const SETTLE_MS = 250;

const linesOf = (problems: readonly Problem[], editor: EditorId, severity: Problem['severity']) =>
  new Set(problems.filter((p) => p.editor === editor && p.severity === severity).map((p) => p.position.line));

function firstPatientFor(id: BuiltInRuleSetId): SamplePatient {
  const patient = SAMPLE_PATIENTS.find((p) => p.ruleSet === id) ?? SAMPLE_PATIENTS[0];
  if (!patient) throw new Error('no sample patients were bundled (examples/demo/patients is empty)');
  return patient;
}

const INITIAL_RULE_SET: BuiltInRuleSetId = RULE_SET_IDS[0] ?? 'naltrexone-candidacy';

/** The whole playground. */
export function App() {
  const [ruleSetId, setRuleSetId] = useState<BuiltInRuleSetId>(INITIAL_RULE_SET);
  const [ruleSetText, setRuleSetText] = useState(() => builtInRuleSetText(INITIAL_RULE_SET));
  const [patient, setPatient] = useState(() => firstPatientFor(INITIAL_RULE_SET));
  const [factsText, setFactsText] = useState(() => patientFactsText(firstPatientFor(INITIAL_RULE_SET)));
  const [ruleSetLoads, setRuleSetLoads] = useState(0);
  const [factsLoads, setFactsLoads] = useState(0);
  const ruleSetEditor = useRef<JsonEditorHandle>(null);
  const factsEditor = useRef<JsonEditorHandle>(null);

  const [settledRuleSet, settleRuleSetNow] = useDebouncedValue(ruleSetText, SETTLE_MS);
  const [settledFacts, settleFactsNow] = useDebouncedValue(factsText, SETTLE_MS);
  const pending = settledRuleSet !== ruleSetText || settledFacts !== factsText;
  const state = useMemo(() => evaluatePlayground(settledRuleSet, settledFacts), [settledRuleSet, settledFacts]);

  const loadRuleSet = (id: BuiltInRuleSetId) => {
    const text = builtInRuleSetText(id);
    setRuleSetId(id);
    setRuleSetText(text);
    settleRuleSetNow(text);
    setRuleSetLoads((count) => count + 1);
  };
  const loadPatient = (chosen: SamplePatient) => {
    const text = patientFactsText(chosen);
    setPatient(chosen);
    setFactsText(text);
    settleFactsNow(text);
    setFactsLoads((count) => count + 1);
  };
  const goTo = (problem: Problem) => (problem.editor === 'rule-set' ? ruleSetEditor : factsEditor).current?.moveCaretTo(problem.position);

  return (
    <div className="app" data-state={pending ? 'pending' : 'current'} data-testid="app">
      <header>
        <h1>recovery-rules playground</h1>
        <Pickers ruleSetId={ruleSetId} patient={patient} onRuleSet={loadRuleSet} onPatient={loadPatient} />
      </header>
      <main>
        <div className="editors">
          <JsonEditor
            ref={ruleSetEditor}
            id="rule-set-editor"
            label="Rule set (JSON)"
            loadCount={ruleSetLoads}
            value={ruleSetText}
            onChange={setRuleSetText}
            errorLines={linesOf(state.problems, 'rule-set', 'error')}
            warningLines={linesOf(state.problems, 'rule-set', 'warning')}
          />
          <JsonEditor
            ref={factsEditor}
            id="facts-editor"
            label="Facts (JSON)"
            loadCount={factsLoads}
            value={factsText}
            onChange={setFactsText}
            errorLines={linesOf(state.problems, 'facts', 'error')}
            warningLines={linesOf(state.problems, 'facts', 'warning')}
          />
        </div>
        <div className="results" data-testid="results">
          <OutcomePanel evaluation={state.evaluation} pending={pending} />
          <ProblemList problems={state.problems} onSelect={goTo} />
          {state.evaluation && (
            <>
              <ResultDetails result={state.evaluation.result} />
              <TraceTree rules={state.evaluation.result.rules} />
            </>
          )}
          <footer className="quiet">{DISCLAIMERS.en} This playground is for authoring and reviewing rules, not for care decisions.</footer>
        </div>
      </main>
    </div>
  );
}
