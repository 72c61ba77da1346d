/**
 * VHI-10, the 10-item short form of the Voice Handicap Index, 0–40 (REFERENCE §3.12).
 * Item wording is left out until its licence is verified (see `vhi.ts`).
 */
import type { ScaleDefinition } from './scale-definition.ts';
import { voiceFrequency } from './vhi.ts';

const itemIds = Array.from({ length: 10 }, (_, i) => `q${i + 1}`);

export const vhi10: ScaleDefinition = {
  id: 'vhi10',
  version: '1',
  name: 'VHI-10',
  title: 'Voice Handicap Index, 10-item short form',
  purpose: 'Voice handicap, short form',
  rater: 'patient',
  sections: [{ id: 'voice', title: 'Voice' }],
  items: itemIds.map((id, index) => ({
    id,
    text: `Statement ${index + 1}`,
    section: 'voice',
    options: voiceFrequency,
  })),
  total: {
    id: 'total',
    label: 'VHI-10 total',
    expression: { op: 'sum', of: itemIds.map((item) => ({ op: 'item', item })) },
    range: { min: 0, max: 40 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales: [],
  licence: {
    status: 'not_verified',
    note: 'Licence not verified; item wording is left out until it is.',
  },
  source: 'Rosen CA et al. Laryngoscope 2004;114:1549–1556 (REFERENCE §3.12).',
  evidence: 'V',
  notes: ['Items are numbered 1–10 as on the printed short form.'],
};
