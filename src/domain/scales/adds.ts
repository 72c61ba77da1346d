/**
 * Arm Dystonia Disability Scale (Fahn), clinician interview (REFERENCE §3.8). Expressed as
 * 0–100%, where 100% means no disability.
 */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition } from './scale-definition.ts';

const activities = [
  ['writing', 'Writing'],
  ['playing_instrument', 'Playing a musical instrument'],
  ['buttoning', 'Buttoning'],
  ['utensils_feeding', 'Using utensils, feeding'],
  ['hygiene', 'Hygiene'],
  ['grasping', 'Grasping objects'],
  ['work_housework', 'Housework or outside job'],
] as const;

export const adds: ScaleDefinition = {
  id: 'adds',
  version: '1',
  name: 'ADDS',
  title: 'Arm Dystonia Disability Scale',
  purpose: 'Disability from arm dystonia, e.g. writer’s cramp',
  rater: 'clinician',
  sections: [
    { id: 'impact', title: 'Overall impact' },
    {
      id: 'activities',
      title: 'Activities (only when activities are limited)',
      enableWhen: { item: 'impact', value: 3 },
    },
  ],
  items: [
    {
      id: 'impact',
      text: 'Overall impact of the arm dystonia',
      section: 'impact',
      options: anchors(
        'Unaware of any difficulty (100%)',
        'Aware of the movements and annoyed, no limits on activity (95%)',
        'Socially affected, otherwise no limits (90%)',
        'Activities are limited: score the seven activities',
      ),
    },
    ...activities.map(([id, text]) => ({
      id,
      text,
      section: 'activities',
      options: anchors('None or not applicable', 'Mild', 'Moderate', 'Marked'),
    })),
  ],
  total: {
    id: 'total',
    label: 'ADDS (% of normal function)',
    expression: {
      op: 'by_item',
      item: 'impact',
      cases: {
        0: { op: 'constant', value: 100 },
        1: { op: 'constant', value: 95 },
        2: { op: 'constant', value: 90 },
        3: { op: 'score', id: 'limited_activities' },
      },
    },
    range: { min: 0, max: 100 },
    higherIsWorse: false,
    evidence: 'V',
  },
  subscales: [],
  parts: [
    {
      id: 'limited_activities',
      label: 'Limited activities: 90% − 90% × (sum / 21)',
      expression: {
        op: 'share_remaining',
        base: 90,
        max: 21,
        of: { op: 'sum', of: activities.map(([id]) => ({ op: 'item', item: id })) },
      },
      range: { min: 0, max: 90 },
      higherIsWorse: false,
      evidence: 'V',
    },
  ],
  licence: { status: 'not_verified', note: 'Licence not verified.' },
  source: 'Fahn S. Arm Dystonia Disability Scale, published appendix (REFERENCE §3.8).',
  evidence: 'V',
  notes: [
    'Formula variant "fahn_90_base": 90% − 90% × (sum/21), as in the published appendix. Some ' +
      'secondary sites write 100% − 100% × (sum/21); Tonus does not use that.',
    'The seven activities are needed only when activities are limited; otherwise they are not ' +
      'counted as missing.',
    'The percentage is not rounded; round only for display.',
  ],
};
