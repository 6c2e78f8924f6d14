/**
 * The demo's sample patients (examples/demo/patients), bundled at build time so the playground and the
 * command-line demo read the same files.
 */
import { isBuiltInRuleSetId, type BuiltInRuleSetId } from '@recovery-rules/core/sync';

/** One sample patient: a story, the rule set the demo runs it through, and the facts. */
export interface SamplePatient {
  /** The file name, e.g. `04-ready-candidate.json`. */
  readonly file: string;
  readonly title: string;
  /** The built-in rule set the demo evaluates, or null for a combined assessment (every rule set). */
  readonly ruleSet: BuiltInRuleSetId | null;
  readonly facts: Readonly<Record<string, unknown>>;
}

interface PatientFile {
  readonly title: string;
  readonly ruleSet: string;
  readonly facts: Record<string, unknown>;
}

const files = import.meta.glob<PatientFile>('../../../demo/patients/*.json', { eager: true, import: 'default' });

/** Every sample patient, in file-name order. */
export const SAMPLE_PATIENTS: readonly SamplePatient[] = Object.entries(files)
  .map(([path, patient]) => ({
    file: path.slice(path.lastIndexOf('/') + 1),
    title: patient.title,
    ruleSet: isBuiltInRuleSetId(patient.ruleSet) ? patient.ruleSet : null,
    facts: patient.facts,
  }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** A patient's facts as editable JSON text. */
export const patientFactsText = (patient: SamplePatient): string => `${JSON.stringify(patient.facts, null, 2)}\n`;
