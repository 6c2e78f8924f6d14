/** Load a built-in rule set or a sample patient into the editors. */
import type { BuiltInRuleSetId } from '@recovery-rules/core/sync';
import { builtInTitle, RULE_SET_IDS } from '../playground/built-in-sources.js';
import { SAMPLE_PATIENTS, type SamplePatient } from '../playground/sample-patients.js';

interface PickersProps {
  readonly ruleSetId: BuiltInRuleSetId;
  readonly patient: SamplePatient;
  readonly onRuleSet: (id: BuiltInRuleSetId) => void;
  readonly onPatient: (patient: SamplePatient) => void;
}

/** The two pickers, and a shortcut to the rule set the demo runs the chosen patient through. */
export function Pickers({ ruleSetId, patient, onRuleSet, onPatient }: PickersProps) {
  const suggested = patient.ruleSet;
  return (
    <div className="pickers">
      <label>
        Built-in rule set{' '}
        <select value={ruleSetId} onChange={(event) => onRuleSet(event.target.value as BuiltInRuleSetId)} data-testid="rule-set-picker">
          {RULE_SET_IDS.map((id) => (
            <option key={id} value={id}>
              {id} — {builtInTitle(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sample patient{' '}
        <select
          value={patient.file}
          onChange={(event) => {
            const chosen = SAMPLE_PATIENTS.find((p) => p.file === event.target.value);
            if (chosen) onPatient(chosen);
          }}
          data-testid="patient-picker"
        >
          {SAMPLE_PATIENTS.map((p) => (
            <option key={p.file} value={p.file}>
              {p.file.replace(/\.json$/, '')}
            </option>
          ))}
        </select>
      </label>
      <p className="patient-title" data-testid="patient-title">
        {patient.title}.{' '}
        {suggested === null ? (
          <span className="quiet">A combined assessment: its facts fit every rule set.</span>
        ) : suggested === ruleSetId ? (
          <span className="quiet">The demo runs this patient through this rule set.</span>
        ) : (
          <button type="button" onClick={() => onRuleSet(suggested)}>
            Load {suggested}, the rule set the demo uses for this patient
          </button>
        )}
      </p>
    </div>
  );
}
