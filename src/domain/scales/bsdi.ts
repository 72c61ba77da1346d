/** Blepharospasm Disability Index (Goertelmeyer 2002), patient-rated (REFERENCE §3.6). */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition } from './scale-definition.ts';

const activities = [
  ['driving', 'Driving a vehicle'],
  ['reading', 'Reading'],
  ['television', 'Watching TV'],
  ['shopping', 'Shopping'],
  ['walking', 'Getting about on foot'],
  ['everyday_activities', 'Everyday activities'],
] as const;

export const bsdi: ScaleDefinition = {
  id: 'bsdi',
  version: '1',
  name: 'BSDI',
  title: 'Blepharospasm Disability Index',
  purpose: 'How much blepharospasm limits everyday activities',
  rater: 'patient',
  sections: [{ id: 'activities', title: 'How much do your eyelid spasms limit you?' }],
  items: activities.map(([id, text]) => ({
    id,
    text,
    section: 'activities',
    options: anchors(
      'No impairment',
      'Slight impairment',
      'Moderate impairment',
      'Severe impairment',
      'No longer possible because of my illness',
    ),
    allowsNotApplicable: true,
    evidence: 'NV' as const,
  })),
  total: {
    id: 'total',
    label: 'BSDI total (sum of 6 items)',
    expression: { op: 'sum', of: activities.map(([id]) => ({ op: 'item', item: id })) },
    range: { min: 0, max: 24 },
    higherIsWorse: true,
    evidence: 'NV',
  },
  subscales: [],
  licence: { status: 'not_verified', note: 'Licence not verified.' },
  source:
    'Goertelmeyer R et al. 2002. Recommended by the MDS rating-scale task force (REFERENCE §3.6).',
  evidence: 'NV',
  notes: [
    'Scored as the sum of six 0–4 items (0–24). A 0–30 range is also quoted and some studies ' +
      'report a mean item score; confirm against the original before relying on the total.',
    '"Not applicable" counts as 0 and is listed separately in the result.',
    'Not the Blepharospasm Disability Scale (BDS) or the Blepharospasm Severity Rating Scale.',
  ],
};
