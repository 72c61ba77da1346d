/**
 * Tsui scale for cervical dystonia (REFERENCE §3.3). Total = A × B + C + D, 0–25 [V for the
 * total; structure NV].
 */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition, ScoreExpression } from './scale-definition.ts';

const postureAmplitude = anchors('None', 'Under 15°', '15–30°', 'Over 30°');
const item = (id: string): ScoreExpression => ({ op: 'item', item: id });

export const tsui: ScaleDefinition = {
  id: 'tsui',
  version: '1',
  name: 'Tsui',
  title: 'Tsui scale (cervical dystonia)',
  purpose: 'Cervical dystonia: posture, shoulder elevation and head tremor',
  rater: 'clinician',
  sections: [
    { id: 'posture', title: 'A. Amplitude of sustained posture, and B. its duration' },
    { id: 'shoulder', title: 'C. Shoulder elevation' },
    { id: 'tremor', title: 'D. Head tremor' },
  ],
  items: [
    { id: 'rotation', text: 'Rotation', section: 'posture', options: postureAmplitude },
    { id: 'tilt', text: 'Tilt', section: 'posture', options: postureAmplitude },
    {
      id: 'antero_retrocollis',
      text: 'Anterocollis or retrocollis',
      section: 'posture',
      options: postureAmplitude,
    },
    {
      id: 'posture_duration',
      text: 'Duration of the posture (B)',
      section: 'posture',
      options: anchors('No sustained posture', 'Intermittent', 'Constant'),
    },
    {
      id: 'shoulder_elevation',
      text: 'Shoulder elevation (C)',
      section: 'shoulder',
      options: anchors('None', 'Mild', 'Moderate', 'Severe'),
    },
    {
      id: 'tremor_severity',
      text: 'Head tremor severity',
      section: 'tremor',
      options: anchors('None', 'Mild', 'Severe'),
    },
    {
      id: 'tremor_duration',
      text: 'Head tremor duration',
      section: 'tremor',
      options: anchors('None', 'Occasional', 'Continuous'),
    },
  ].map((entry) => ({ ...entry, evidence: 'NV' as const })),
  total: {
    id: 'total',
    label: 'Tsui total (A × B + C + D)',
    expression: {
      op: 'sum',
      of: [
        { op: 'score', id: 'posture' },
        item('shoulder_elevation'),
        { op: 'score', id: 'tremor' },
      ],
    },
    range: { min: 0, max: 25 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales: [
    {
      id: 'posture',
      label: 'Sustained posture (A × B)',
      expression: {
        op: 'product',
        of: [
          { op: 'sum', of: [item('rotation'), item('tilt'), item('antero_retrocollis')] },
          item('posture_duration'),
        ],
      },
      range: { min: 0, max: 18 },
      higherIsWorse: true,
      evidence: 'NV',
    },
    {
      id: 'tremor',
      label: 'Head tremor (severity × duration)',
      expression: { op: 'product', of: [item('tremor_severity'), item('tremor_duration')] },
      range: { min: 0, max: 4 },
      higherIsWorse: true,
      evidence: 'NV',
    },
  ],
  licence: { status: 'not_verified', note: 'Licence not verified.' },
  source: 'Tsui JK et al. Lancet 1986;2:245–247 (REFERENCE §3.3).',
  evidence: 'NV',
  notes: [
    'Item anchors and degree thresholds are not verified; only the 0–25 total is consistent.',
    'Duration B is 1 intermittent or 2 constant on the form; Tonus adds 0 "no sustained ' +
      'posture" so a person without a posture can be scored (A is then 0, so A × B is 0 either way).',
    'Tremor severity and duration include 0 "none" so a person without tremor scores D = 0.',
  ],
};
