import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

interface Props<T extends string> {
  label: string;
  hint?: string;
  /** The server's message for this field, read out with the group. */
  error?: string;
  /** '' while nothing is chosen yet. */
  value: T | '';
  onChange: (value: T) => void;
  options: { value: T; label: string; hint?: string }[];
}

/**
 * Big radio choices, one per line, arrow keys to move (React Aria handles the pattern). With
 * nothing chosen the group gets `null`, not '', because React Aria only lets Tab into a group
 * whose value is null or one of its radios.
 */
export function ChoiceGroup<T extends string>({
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: Props<T>) {
  return (
    <RadioGroup
      className="choice-group"
      value={value === '' ? null : value}
      onChange={(v) => onChange(v as T)}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="choice-group-label">{label}</Label>
      {hint && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="choice">
          <span className="choice-mark" aria-hidden="true" />
          <span>
            <span className="choice-label">{option.label}</span>
            {option.hint && <span className="choice-hint">{option.hint}</span>}
          </span>
        </Radio>
      ))}
      {error !== undefined && <FieldError className="field-error">{error}</FieldError>}
    </RadioGroup>
  );
}
