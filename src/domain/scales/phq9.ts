/** PHQ-9 depression screen (REFERENCE §6.2): nine items 0–3, total 0–27 with bands [V]. */
import { overTheLastTwoWeeks, pfizerCopyright } from './patient-health-answers.ts';
import type { ScaleDefinition } from './scale-definition.ts';

const questions = [
  ['q1', 'Little interest or pleasure in doing things', '44250-9'],
  ['q2', 'Feeling down, depressed, or hopeless', '44255-8'],
  ['q3', 'Trouble falling or staying asleep, or sleeping too much', '44259-0'],
  ['q4', 'Feeling tired or having little energy', '44254-1'],
  ['q5', 'Poor appetite or overeating', '44251-7'],
  [
    'q6',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    '44258-2',
  ],
  [
    'q7',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    '44252-5',
  ],
  [
    'q8',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so ' +
      'fidgety or restless that you have been moving around a lot more than usual',
    '44253-3',
  ],
  [
    'q9',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
    '44260-8',
  ],
] as const;

export const phq9: ScaleDefinition = {
  id: 'phq9',
  version: '1',
  name: 'PHQ-9',
  title: 'Patient Health Questionnaire-9',
  purpose: 'Screening for low mood (depression)',
  rater: 'patient',
  recallPeriod: 'the last 2 weeks',
  sections: [
    {
      id: 'mood',
      title: 'Over the last 2 weeks, how often have you been bothered by any of the following?',
    },
    { id: 'function', title: 'How these problems affect you' },
  ],
  items: [
    ...questions.map(([id, text, loinc]) => ({
      id,
      text,
      section: 'mood',
      options: overTheLastTwoWeeks,
      loinc,
    })),
    {
      // Not scored: the total is items 1–9 only.
      id: 'difficulty',
      text:
        'If you checked off any problems, how difficult have these problems made it for you to ' +
        'do your work, take care of things at home, or get along with other people?',
      section: 'function',
      options: [
        { value: 0, label: 'Not difficult at all', loinc: 'LA6572-7' },
        { value: 1, label: 'Somewhat difficult' },
        { value: 2, label: 'Very difficult' },
        { value: 3, label: 'Extremely difficult' },
      ],
      loinc: '69722-7',
    },
  ],
  total: {
    id: 'total',
    label: 'PHQ-9 total',
    expression: { op: 'sum', of: questions.map(([item]) => ({ op: 'item', item })) },
    range: { min: 0, max: 27 },
    higherIsWorse: true,
    loinc: '44261-6',
    evidence: 'V',
    bands: [
      { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { id: 'mild', label: 'Mild', min: 5, max: 9 },
      { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
      { id: 'moderately_severe', label: 'Moderately severe', min: 15, max: 19 },
      { id: 'severe', label: 'Severe', min: 20, max: 27 },
    ],
  },
  subscales: [],
  parts: [
    {
      id: 'phq2',
      label: 'PHQ-2 (items 1 and 2)',
      expression: {
        op: 'sum',
        of: [
          { op: 'item', item: 'q1' },
          { op: 'item', item: 'q2' },
        ],
      },
      range: { min: 0, max: 6 },
      higherIsWorse: true,
      loinc: '55758-7',
      evidence: 'V',
    },
  ],
  licence: {
    status: 'free_with_notice',
    note: 'Free to reproduce, translate, display or distribute; keep the copyright line.',
    copyright: pfizerCopyright,
  },
  source: 'Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16:606–613.',
  loincPanel: '44249-1',
  evidence: 'V',
  notes: [
    'Item 9 above 0 raises a red flag with crisis resources, whatever the total.',
    'Only the "Not difficult at all" answer of the difficulty item has a LOINC answer code in ' +
      'REFERENCE; the others use local codes.',
  ],
  minimalImportantChange: { text: '5 points is commonly cited.', evidence: 'NV' },
};
