/**
 * The rule-set envelope shared by tests of evaluation semantics: four outcomes from most to least
 * restrictive (danger > caution > insufficient > fine, the only reassuring one) and one flag.
 */
export const GRADED_OUTCOMES_ENVELOPE = {
  version: '1.0.0',
  outcomes: [
    { id: 'danger', description: 'd' },
    { id: 'caution', description: 'c' },
    { id: 'insufficient', description: 'i' },
    { id: 'fine', description: 'f', reassuring: true },
  ],
  insufficientOutcome: 'insufficient',
  flags: [{ id: 'note', description: 'n' }],
} as const;
