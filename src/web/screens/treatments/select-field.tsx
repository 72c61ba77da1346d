import { useId } from 'react';

interface Props<T extends string> {
  label: string;
  hint?: string;
  error?: string;
  value: T;
  onChange: (value: T) => void;
  options: { value: T; label: string }[];
}

/**
 * A labelled drop-down for long lists (side effects, operations, dose units): the browser's own
 * list, big on phones and driven by arrow keys or typing, where a dozen radio rows would scroll.
 */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: Props<T>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
