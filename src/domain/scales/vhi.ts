/**
 * Voice Handicap Index (Jacobson 1997), 30 items in three 10-item subscales, each 0–4
 * (REFERENCE §3.12). Total 0–120 [V].
 *
 * Item wording is not included: its licence is not verified. The form shows item numbers so a
 * clinician can transcribe a licensed paper copy; load the licensed text before patients use it.
 */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition, ScaleItem, ScoreDefinition } from './scale-definition.ts';

export const voiceFrequency = anchors(
  'Never',
  'Almost never',
  'Sometimes',
  'Almost always',
  'Always',
);

const subscaleNames = [
  ['functional', 'f', 'Functional'],
  ['physical', 'p', 'Physical'],
  ['emotional', 'e', 'Emotional'],
] as const;

const itemIds = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}${i + 1}`);

const items: ScaleItem[] = subscaleNames.flatMap(([section, prefix, title]) =>
  itemIds(prefix).map((id, index) => ({
    id,
    text: `${title} statement ${index + 1} (${id.toUpperCase()})`,
    section,
    options: voiceFrequency,
  })),
);

const subscales: ScoreDefinition[] = subscaleNames.map(([id, prefix, title]) => ({
  id,
  label: `${title} (0–40)`,
  expression: { op: 'sum', of: itemIds(prefix).map((item) => ({ op: 'item', item })) },
  range: { min: 0, max: 40 },
  higherIsWorse: true,
  evidence: 'V',
}));

export const vhi: ScaleDefinition = {
  id: 'vhi',
  version: '1',
  name: 'VHI',
  title: 'Voice Handicap Index',
  purpose: 'Voice handicap, e.g. in laryngeal dystonia',
  rater: 'patient',
  sections: subscaleNames.map(([id, , title]) => ({ id, title })),
  items,
  total: {
    id: 'total',
    label: 'VHI total',
    expression: { op: 'sum', of: subscales.map(({ id }) => ({ op: 'score', id })) },
    range: { min: 0, max: 120 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales,
  licence: {
    status: 'not_verified',
    note: 'Licence not verified; item wording is left out until it is.',
  },
  source: 'Jacobson BH et al. Am J Speech Lang Pathol 1997;6:66–70; NINDS CDE (REFERENCE §3.12).',
  evidence: 'V',
  notes: ['Items are numbered F1–F10, P1–P10, E1–E10 as on the printed form.'],
  minimalImportantChange: {
    text: '18 points on the total or 8 points on a subscale (NINDS CDE).',
    evidence: 'V',
  },
};
