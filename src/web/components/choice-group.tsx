import { Label, Radio, RadioGroup, Text } from 'react-aria-components';

interface Props<T extends string> {
  label: string;
  hint?: string;
  value: T;
  onChange: (value: T) => void;
  options: { value: T; label: string; hint?: string }[];
}

/** Big radio choices, one per line, arrow keys to move (React Aria handles the pattern). */
export function ChoiceGroup<T extends string>({ label, hint, value, onChange, options }: Props<T>) {
  return (
    <RadioGroup className="choice-group" value={value} onChange={(v) => onChange(v as T)}>
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
    </RadioGroup>
  );
}
