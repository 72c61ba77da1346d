/** Builders for answer options, so scale files read as their printed anchors. */
import type { AnswerOption } from './scale-definition.ts';

/** Options 0, 1, 2 … from anchor texts in order. */
export function anchors(...labels: string[]): AnswerOption[] {
  return labels.map((label, value) => ({ value, label }));
}

/** A 0–`max` numeric rating with words only at the ends (e.g. 0 none … 10 worst). */
export function numericRating(max: number, lowLabel: string, highLabel: string): AnswerOption[] {
  return Array.from({ length: max + 1 }, (_, value) => ({
    value,
    label: value === 0 ? `0: ${lowLabel}` : value === max ? `${max}: ${highLabel}` : String(value),
  }));
}
