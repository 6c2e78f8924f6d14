import { emergencyContactsFor } from '@recovery-rules/core/sync';
import { useMemo, useState } from 'react';
import { EmergencyScreen } from '../components/EmergencyScreen.js';
import { QuestionStep } from '../components/QuestionStep.js';
import { SafetyNet } from '../components/SafetyNet.js';
import { useHandlerGuard } from '../components/guard-handler.js';
import { UrgentHelpResult } from '../components/UrgentHelpResult.js';
import { applyAnswer, evaluateUrgentHelp, messagesForOutcome, nextQuestion, type EnteredFacts } from '../engine/emergency-flow.js';
import { wallClockToRfc3339 } from '@recovery-rules/core/sync';
import type { Answer } from '../questions/answer.js';

/** Props of {@link EmergencyFlow}. */
export interface EmergencyFlowProps {
  readonly timeZone: string | null;
  readonly region: string | undefined;
}

/**
 * "Is this an emergency?": asks the engine's most serious open question, re-evaluates after every answer,
 * and switches to the emergency screen the moment the outcome is emergency-call-now.
 */
export function EmergencyFlow({ timeZone, region }: EmergencyFlowProps) {
  const [facts, setFacts] = useState<EnteredFacts>({});
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [answered, setAnswered] = useState(0);
  const [stopped, setStopped] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const guard = useHandlerGuard();
  const contacts = emergencyContactsFor(region);
  const result = useMemo(() => evaluateUrgentHelp(facts, { now: new Date(), timeZone, region }), [facts, timeZone, region]);

  if (result.outcome === 'emergency-call-now') return <EmergencyScreen contacts={contacts} messages={messagesForOutcome(result)} />;

  const question = stopped ? null : nextQuestion(result, new Set([...skipped, ...Object.keys(facts)]));
  if (question === null) return <UrgentHelpResult result={result} contacts={contacts} />;

  const answer = guard((given: Answer) => {
    if (given.known) {
      const applied = applyAnswer(facts, question.fact, given.value, { now: new Date(), timeZone, region });
      if ('refused' in applied) return setRefusal(applied.refused);
      setFacts(applied.facts);
    } else {
      setSkipped((current) => new Set([...current, question.fact]));
    }
    setRefusal(null);
    setAnswered((count) => count + 1);
  });
  const toMoment = (wallClock: string) => (timeZone === null ? new Date(wallClock).toISOString() : wallClockToRfc3339(wallClock, timeZone));
  return (
    <div className="flow">
      <QuestionStep key={question.fact} question={question} step={answered + 1} onAnswer={answer} toMoment={toMoment} error={refusal} />
      <SafetyNet contacts={contacts} />
      {answered > 0 ? (
        <button type="button" className="link-button" onClick={() => setStopped(true)}>Stop here and see what we know so far</button>
      ) : null}
    </div>
  );
}
