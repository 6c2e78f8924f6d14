import { useId, useState, type FormEvent } from 'react';
import { DONT_KNOW, type Answer } from '../questions/answer.js';
import type { MomentQuestion, NumberQuestion, Question } from '../questions/question-model.js';
import { useHandlerGuard } from './guard-handler.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** Props of {@link QuestionStep}. */
export interface QuestionStepProps {
  readonly question: Question;
  /** 1-based position, shown as "Question 2". */
  readonly step: number;
  readonly onAnswer: (answer: Answer) => void;
  /** Turns a typed date and time into the SDK's RFC 3339 form (the flow knows the time zone). */
  readonly toMoment: (wallClock: string) => string;
  /** Why the last answer was not accepted, shown as an alert; null when there is nothing to say. */
  readonly error?: string | null;
}

/** One question with large answer buttons and an explicit "I don't know". Mount with `key={fact}`. */
export function QuestionStep({ question, step, onAnswer, toMoment, error = null }: QuestionStepProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();
  const promptId = `${id}-prompt`;
  const hintId = `${id}-hint`;
  return (
    <section className="question" aria-labelledby={promptId} data-fact={question.fact}>
      <p className="step-count">Question {step}</p>
      <h2 id={promptId} ref={heading} tabIndex={-1}>{question.prompt}</h2>
      {question.hint === undefined ? null : <p className="hint" id={hintId}>{question.hint}</p>}
      {question.kind === 'choice' ? (
        <div className="choices" role="group" aria-labelledby={promptId} {...(question.hint === undefined ? {} : { 'aria-describedby': hintId })}>
          {question.choices.map((choice) => (
            <button key={choice.value} type="button" className="choice" onClick={() => onAnswer({ known: true, value: choice.value })}>
              {choice.label}
            </button>
          ))}
        </div>
      ) : question.kind === 'number' ? (
        <NumberAnswer question={question} onAnswer={onAnswer} />
      ) : (
        <MomentAnswer question={question} onAnswer={onAnswer} toMoment={toMoment} />
      )}
      {error === null ? null : <p className="form-error" role="alert">That answer was not accepted: {error}</p>}
      <button type="button" className="choice dont-know" onClick={() => onAnswer(DONT_KNOW)}>
        I don't know
      </button>
    </section>
  );
}

function NumberAnswer({ question, onAnswer }: { question: NumberQuestion; onAnswer: (answer: Answer) => void }) {
  const [text, setText] = useState('');
  const guard = useHandlerGuard();
  const inputId = useId();
  const submit = guard((event: FormEvent) => {
    event.preventDefault();
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) onAnswer({ known: true, value });
  });
  return (
    <form className="typed-answer" onSubmit={submit}>
      <label htmlFor={inputId}>Answer ({question.unit})</label>
      <input id={inputId} type="number" inputMode="decimal" required min={question.min} max={question.max}
        step={question.integer ? 1 : 'any'} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="choice">Next</button>
    </form>
  );
}

/** The device's current wall-clock time as "YYYY-MM-DDTHH:MM", the latest a past event can be. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function MomentAnswer({ question, onAnswer, toMoment }: { question: MomentQuestion; onAnswer: (answer: Answer) => void; toMoment: (wallClock: string) => string }) {
  const [text, setText] = useState('');
  const guard = useHandlerGuard();
  const inputId = useId();
  const submit = guard((event: FormEvent) => {
    event.preventDefault();
    if (text !== '') onAnswer({ known: true, value: toMoment(text) });
  });
  return (
    <form className="typed-answer" onSubmit={submit}>
      {question.allowsNever ? (
        <button type="button" className="choice" onClick={() => onAnswer({ known: true, value: 'never' })}>Never</button>
      ) : null}
      <label htmlFor={inputId}>{question.allowsNever ? 'Or the date and time it happened' : 'Date and time'}</label>
      <input id={inputId} type="datetime-local" required max={localNow()} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="choice">Next</button>
    </form>
  );
}
