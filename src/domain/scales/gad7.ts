/** GAD-7 anxiety screen (REFERENCE §6.2): seven items 0–3, total 0–21 with bands [V]. */
import { overTheLastTwoWeeks, pfizerCopyright } from './patient-health-answers.ts';
import type { ScaleDefinition } from './scale-definition.ts';

const questions = [
  ['q1', 'Feeling nervous, anxious, or on edge', '69725-0'],
  ['q2', 'Not being able to stop or control worrying', '68509-9'],
  ['q3', 'Worrying too much about different things', '69733-4'],
  ['q4', 'Trouble relaxing', '69734-2'],
  ['q5', 'Being so restless that it is hard to sit still', '69735-9'],
  ['q6', 'Becoming easily annoyed or irritable', '69689-8'],
  ['q7', 'Feeling afraid, as if something awful might happen', '69736-7'],
] as const;

export const gad7: ScaleDefinition = {
  id: 'gad7',
  version: '1',
  name: 'GAD-7',
  title: 'Generalized Anxiety Disorder-7',
  purpose: 'Screening for anxiety',
  rater: 'patient',
  recallPeriod: 'the last 2 weeks',
  sections: [
    {
      id: 'anxiety',
      title: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    },
  ],
  items: questions.map(([id, text, loinc]) => ({
    id,
    text,
    section: 'anxiety',
    options: overTheLastTwoWeeks,
    loinc,
  })),
  total: {
    id: 'total',
    label: 'GAD-7 total',
    expression: { op: 'sum', of: questions.map(([item]) => ({ op: 'item', item })) },
    range: { min: 0, max: 21 },
    higherIsWorse: true,
    loinc: '70274-6',
    evidence: 'V',
    bands: [
      { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { id: 'mild', label: 'Mild', min: 5, max: 9 },
      { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
      { id: 'severe', label: 'Severe', min: 15, max: 21 },
    ],
  },
  subscales: [],
  licence: {
    status: 'free_with_notice',
    note: 'Free to reproduce, translate, display or distribute; keep the copyright line.',
    copyright: pfizerCopyright,
  },
  source: 'Spitzer RL, Kroenke K, Williams JB, Löwe B. Arch Intern Med 2006;166:1092–1097.',
  loincPanel: '69737-5',
  evidence: 'V',
  notes: ['A total of 10 or more is the usual screening cut-off.'],
};
