/**
 * Tonus's own daily check-in (UX.md "Few steps"): three 0–10 ratings in everyday words.
 * Not a validated scale. All three run the same way, 0 best and 10 worst, so a chart never
 * has to flip one of them.
 */
import { numericRating } from './answer-options.ts';
import type { ScaleDefinition, ScoreDefinition } from './scale-definition.ts';

const ratings = [
  ['severity', 'How bad was your dystonia today?', 'none', 'the worst it gets', 'Severity'],
  ['pain', 'How much pain did you have today?', 'no pain', 'the worst pain', 'Pain'],
  [
    'function',
    'How much did it get in the way of what you wanted to do today?',
    'not at all',
    'I could not do anything',
    'Daily function',
  ],
] as const;

const subscales: ScoreDefinition[] = ratings.map(([id, , , , label]) => ({
  id,
  label,
  expression: { op: 'item', item: id },
  range: { min: 0, max: 10 },
  higherIsWorse: true,
}));

export const daily: ScaleDefinition = {
  id: 'daily',
  version: '1',
  name: 'Daily check-in',
  title: 'Tonus daily check-in',
  purpose: 'A 30-second daily record of severity, pain and function',
  rater: 'patient',
  recallPeriod: 'today',
  sections: [{ id: 'today', title: 'Today' }],
  items: ratings.map(([id, text, low, high]) => ({
    id,
    text,
    section: 'today',
    options: numericRating(10, low, high),
  })),
  total: {
    id: 'total',
    label: 'Severity today (0–10)',
    expression: { op: 'score', id: 'severity' },
    range: { min: 0, max: 10 },
    higherIsWorse: true,
  },
  subscales,
  licence: { status: 'tonus_own', note: 'Part of Tonus (Apache-2.0).' },
  source: 'Tonus',
  evidence: 'NV',
  notes: [
    'The headline number ("total") is the severity rating, the one charted against toxin ' +
      'cycles; pain and function are reported beside it. Nothing is summed across the three.',
    'Not a validated instrument.',
  ],
};
