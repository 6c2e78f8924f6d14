import { useId } from 'react';

/** One option of a {@link RadioGroup}. */
export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

/** Props of {@link RadioGroup}. */
export interface RadioGroupProps {
  readonly legend: string;
  readonly hint?: string;
  readonly name: string;
  readonly options: readonly RadioOption[];
  /** The chosen value, or null before anything is chosen. */
  readonly value: string | null;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly inline?: boolean;
}

/** A fieldset of native radio buttons with large tap targets: labelled, keyboard-operable with arrow keys. */
export function RadioGroup({ legend, hint, name, options, value, onChange, required = true, inline = false }: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset className={inline ? 'radio-group inline' : 'radio-group'} {...(hint === undefined ? {} : { 'aria-describedby': `${id}-hint` })}>
      <legend>{legend}</legend>
      {hint === undefined ? null : <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input type="radio" name={name} value={option.value} checked={value === option.value} required={required}
            onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
