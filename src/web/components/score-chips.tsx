import { Label, Radio, RadioGroup, Text } from 'react-aria-components';

const scores = Array.from({ length: 11 }, (_, i) => i);

interface Props {
  label: string;
  /** What 0 and 10 mean, in words. */
  anchors: string;
  value: number | null;
  onChange: (value: number) => void;
}

/**
 * A 0–10 answer as eleven large chips (UX.md: chips, not sliders: a slider needs a steady
 * drag). Arrow keys move between chips; each chip is at least 48 px.
 */
export function ScoreChips({ label, anchors, value, onChange }: Props) {
  return (
    <RadioGroup
      className="score-chips"
      orientation="horizontal"
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
    >
      <Label className="choice-group-label">{label}</Label>
      <Text slot="description" className="field-hint">
        {anchors}
      </Text>
      <div className="chip-row">
        {scores.map((score) => (
          <Radio
            key={score}
            value={String(score)}
            className="chip"
            aria-label={`${score} out of 10`}
          >
            {score}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
