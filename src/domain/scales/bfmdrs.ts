/**
 * Burke–Fahn–Marsden Dystonia Rating Scale (Burke 1985), generalized or segmental dystonia
 * (REFERENCE §3.4). Movement 0–120: per region provoking (0–4) × severity (0–4) × weight, with
 * eyes, mouth and neck weighted 0.5 and speech/swallowing 1.0 [V]. Disability 0–30.
 */
import { anchors } from './answer-options.ts';
import type { ScaleDefinition, ScaleItem, ScoreDefinition } from './scale-definition.ts';

interface MovementRegion {
  id: string;
  label: string;
  weight: number;
  severity: string[];
}

const provokingGeneral = anchors(
  'None',
  'Only during one particular action',
  'During many actions',
  'During action of a distant body part, or intermittently at rest',
  'Present at rest',
);

/** Burke 1985 uses its own provoking anchors for speech/swallowing [NV]. */
const provokingSpeech = anchors(
  'None',
  'Occasional, either or both',
  'Frequent, either',
  'Frequent one and occasional the other',
  'Frequent, both',
);

const movementRegions: readonly MovementRegion[] = [
  {
    id: 'eyes',
    label: 'Eyes',
    weight: 0.5,
    severity: [
      'Slight: occasional blinking',
      'Mild: frequent blinking without prolonged spasms',
      'Moderate: prolonged closure spasms, but eyes open most of the time',
      'Severe: prolonged spasms, eyes closed at least 30% of the time',
    ],
  },
  {
    id: 'mouth',
    label: 'Mouth',
    weight: 0.5,
    severity: [
      'Slight: occasional grimacing or other mouth movements',
      'Mild: movement present less than 50% of the time',
      'Moderate: moderate movement most of the time',
      'Severe: severe movement most of the time',
    ],
  },
  {
    id: 'speech_swallowing',
    label: 'Speech and swallowing',
    weight: 1,
    severity: [
      'Mild: easily understood, or occasional choking',
      'Some difficulty being understood, or frequent choking',
      'Marked difficulty being understood, or cannot swallow firm food',
      'Near anarthria, or marked difficulty swallowing soft food and liquids',
    ],
  },
  {
    id: 'neck',
    label: 'Neck',
    weight: 0.5,
    severity: [
      'Slight: occasional pulling',
      'Mild: obvious torticollis',
      'Moderate pulling',
      'Extreme pulling',
    ],
  },
  ...(['R', 'L'] as const).map(
    (side): MovementRegion => ({
      id: `arm_${side}`,
      label: `${side === 'R' ? 'Right' : 'Left'} arm`,
      weight: 1,
      severity: [
        'Slight: clinically insignificant',
        'Mild: obvious but not disabling',
        'Moderate: able to grasp, with some manual function',
        'Severe: no useful grasp',
      ],
    }),
  ),
  {
    id: 'trunk',
    label: 'Trunk',
    weight: 1,
    severity: [
      'Slight bending, clinically insignificant',
      'Definite bending, not interfering with standing or walking',
      'Moderate: interferes with standing or walking',
      'Extreme bending, prevents standing or walking',
    ],
  },
  ...(['R', 'L'] as const).map(
    (side): MovementRegion => ({
      id: `leg_${side}`,
      label: `${side === 'R' ? 'Right' : 'Left'} leg`,
      weight: 1,
      severity: [
        'Slight: clinically insignificant',
        'Mild: walks briskly and unaided',
        'Moderate: severely impairs walking, or needs assistance',
        'Severe: cannot stand or walk on that leg',
      ],
    }),
  ),
];

const movementItems: ScaleItem[] = movementRegions.flatMap((region) => [
  {
    id: `${region.id}_provoking`,
    text: `${region.label}: provoking factor`,
    section: 'movement',
    options: region.id === 'speech_swallowing' ? provokingSpeech : provokingGeneral,
    ...(region.id === 'speech_swallowing' ? { evidence: 'NV' as const } : {}),
  },
  {
    id: `${region.id}_severity`,
    text: `${region.label}: severity factor`,
    section: 'movement',
    options: anchors('None', ...region.severity),
    evidence: 'NV' as const,
  },
]);

/** A region scores 0 when either factor is 0, which the product gives for free. */
const regionScores: ScoreDefinition[] = movementRegions.map((region) => ({
  id: region.id,
  label: `${region.label} (provoking × severity × ${region.weight})`,
  expression: {
    op: 'product',
    of: [
      { op: 'item', item: `${region.id}_provoking` },
      { op: 'item', item: `${region.id}_severity` },
    ],
    weight: region.weight,
  },
  range: { min: 0, max: 16 * region.weight },
  higherIsWorse: true,
  evidence: 'V',
}));

const disabilityItems: ScaleItem[] = [
  {
    id: 'speech',
    text: 'Speech',
    section: 'disability',
    options: anchors(
      'Normal',
      'Slightly affected, easily understood',
      'Some difficulty being understood',
      'Marked difficulty being understood',
      'Complete or almost complete anarthria',
    ),
  },
  {
    id: 'handwriting',
    text: 'Handwriting (tremor or dystonia)',
    section: 'disability',
    options: anchors(
      'Normal',
      'Slight difficulty, legible',
      'Almost illegible',
      'Illegible',
      'Unable to grasp to keep hold of a pen',
    ),
  },
  {
    id: 'feeding',
    text: 'Feeding',
    section: 'disability',
    options: anchors(
      'Normal',
      'Uses tricks, independent',
      'Can feed but cannot cut',
      'Finger food only',
      'Completely dependent',
    ),
  },
  {
    id: 'eating_swallowing',
    text: 'Eating and swallowing',
    section: 'disability',
    options: anchors(
      'Normal',
      'Occasional choking',
      'Frequent choking, difficulty swallowing',
      'Unable to swallow firm food',
      'Marked difficulty swallowing soft food and liquids',
    ),
  },
  {
    id: 'hygiene',
    text: 'Hygiene',
    section: 'disability',
    options: anchors(
      'Normal',
      'Clumsy, independent',
      'Needs help with some activities',
      'Needs help with most activities',
      'Needs help with all activities',
    ),
  },
  {
    id: 'dressing',
    text: 'Dressing',
    section: 'disability',
    options: anchors(
      'Normal',
      'Clumsy, independent',
      'Needs help with some',
      'Needs help with most',
      'Helpless',
    ),
  },
  {
    id: 'walking',
    text: 'Walking',
    section: 'disability',
    // The printed form has no level 5: "needs assistance" (4) is followed by "wheelchair" (6).
    options: [
      ...anchors(
        'Normal',
        'Slightly abnormal, hardly noticeable',
        'Moderately abnormal, obvious to a naive observer',
        'Considerably abnormal',
        'Needs assistance to walk',
      ),
      { value: 6, label: 'Uses a wheelchair' },
    ],
  },
].map((item): ScaleItem => ({ ...item, evidence: 'NV' }));

export const bfmdrs: ScaleDefinition = {
  id: 'bfmdrs',
  version: '1',
  name: 'BFMDRS',
  title: 'Burke–Fahn–Marsden Dystonia Rating Scale',
  purpose: 'Generalized or segmental dystonia: movement and disability',
  rater: 'clinician',
  sections: [
    { id: 'movement', title: 'Movement scale (clinician)' },
    { id: 'disability', title: 'Disability scale (patient or caregiver report)' },
  ],
  items: [...movementItems, ...disabilityItems],
  total: {
    id: 'total',
    label: 'BFMDRS movement + disability',
    expression: {
      op: 'sum',
      of: [
        { op: 'score', id: 'movement' },
        { op: 'score', id: 'disability' },
      ],
    },
    range: { min: 0, max: 150 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales: [
    {
      id: 'movement',
      label: 'Movement scale',
      expression: {
        op: 'sum',
        of: movementRegions.map((region) => ({ op: 'score', id: region.id })),
      },
      range: { min: 0, max: 120 },
      higherIsWorse: true,
      evidence: 'V',
    },
    {
      id: 'disability',
      label: 'Disability scale',
      expression: {
        op: 'sum',
        of: disabilityItems.map((item) => ({ op: 'item', item: item.id })),
      },
      range: { min: 0, max: 30 },
      higherIsWorse: true,
      evidence: 'V',
    },
  ],
  parts: regionScores,
  licence: {
    status: 'not_verified',
    note:
      'Licence status not verified; not managed by the MDS as far as was found. The NINDS CDE ' +
      'page carries a "Notice of Copyright".',
  },
  source:
    'Burke RE, Fahn S, Marsden CD et al. Neurology 1985;35:73–77. Weights per German Wikipedia ' +
    'table, a public implementation and NINDS CDE (REFERENCE §3.4).',
  evidence: 'V',
  notes: [
    'Weights: eyes, mouth and neck 0.5; speech/swallowing 1.0 (not 0.5, despite some wordings).',
    'The movement and disability scales are usually reported separately; the total here is ' +
      'their plain sum (0–150) for convenience.',
    'Severity-factor anchors, speech/swallowing provoking anchors and walking anchors are ' +
      'paraphrased recall and not verified.',
    'Fractional movement scores (x.5) are possible; store them as decimals.',
  ],
  minimalImportantChange: {
    text:
      'Movement: more than 16.6% improvement or more than 21.5% worsening. Disability: 0.5 ' +
      'points either way.',
    evidence: 'V',
  },
};
