/** Jankovic Rating Scale for blepharospasm (REFERENCE §3.5): severity + frequency, 0–8 [V]. */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition } from './scale-definition.ts';

export const jrs: ScaleDefinition = {
  id: 'jrs',
  version: '1',
  name: 'JRS',
  title: 'Jankovic Rating Scale (blepharospasm)',
  purpose: 'Blepharospasm severity and frequency',
  rater: 'clinician',
  sections: [{ id: 'blepharospasm', title: 'Blepharospasm' }],
  items: [
    {
      id: 'severity',
      text: 'Severity',
      section: 'blepharospasm',
      options: anchors(
        'None',
        'Minimal: more blinking, only with outside triggers (light, wind, reading, driving)',
        'Mild: noticeable eyelid fluttering without true spasm; may embarrass, not disabling',
        'Moderate: very noticeable spasm of the eyelids only; mildly incapacitating',
        'Severe: incapacitating spasm of the lids, possibly other facial muscles',
      ),
    },
    {
      id: 'frequency',
      text: 'Frequency',
      section: 'blepharospasm',
      options: anchors(
        'None',
        'Slightly increased blink rate',
        'Eyelid fluttering lasting under 1 s',
        'Spasm lasting over 1 s, but eyes open more than half of waking time',
        'Functionally "blind": eyes closed more than half of waking time',
      ),
    },
  ],
  total: {
    id: 'total',
    label: 'JRS total (severity + frequency)',
    expression: {
      op: 'sum',
      of: [
        { op: 'item', item: 'severity' },
        { op: 'item', item: 'frequency' },
      ],
    },
    range: { min: 0, max: 8 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales: [],
  licence: { status: 'not_verified', note: 'Licence not verified.' },
  source:
    'Jankovic J et al. Jankovic Rating Scale for blepharospasm (REFERENCE §3.5). Not the ' +
    'separate JRS for hemifacial spasm.',
  evidence: 'V',
  notes: ['MCID not verified.'],
};
