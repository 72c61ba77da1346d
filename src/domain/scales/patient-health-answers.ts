/**
 * The four answers PHQ-9 and GAD-7 share, with their LOINC answer codes (REFERENCE §6.2).
 */
import type { AnswerOption } from './scale-definition.ts';

export const overTheLastTwoWeeks: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];

export const pfizerCopyright =
  'Copyright © Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
