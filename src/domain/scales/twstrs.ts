/**
 * TWSTRS, original (Consky & Lang 1994), cervical dystonia (REFERENCE §3.1).
 * Severity 0–35 (the duration factor counts twice) + disability 0–30 + pain 0–20 = 0–85 [V].
 */
import { anchors, numericRating } from './answer-options.ts';
import type { ScaleDefinition, ScoreExpression } from './scale-definition.ts';

const item = (id: string, weight?: number): ScoreExpression =>
  weight === undefined ? { op: 'item', item: id } : { op: 'item', item: id, weight };

/** Intermediate disability anchors step up through stages REFERENCE names; exact text [NV]. */
const disabilityStages = (worst: string) =>
  anchors(
    'No difficulty',
    'Normal activity but bothered by the neck',
    'Most activities unlimited; needs simple tricks',
    'Needs extensive measures, tricks or non-seated positions',
    'Limited',
    worst,
  );

export const twstrs: ScaleDefinition = {
  id: 'twstrs',
  version: '1',
  name: 'TWSTRS',
  title: 'Toronto Western Spasmodic Torticollis Rating Scale (original)',
  purpose: 'Cervical dystonia: severity, disability and pain',
  rater: 'clinician_or_patient',
  sections: [
    { id: 'severity', title: 'Severity (clinician, on examination or video)' },
    { id: 'disability', title: 'Disability (interview or patient)' },
    { id: 'pain', title: 'Pain (interview or patient)' },
  ],
  items: [
    {
      id: 'rotation',
      text: 'Rotation (turning, torticollis)',
      section: 'severity',
      options: anchors(
        'None (0°)',
        'Slight: less than a quarter of the range (1–22°)',
        'Mild: a quarter to half the range (23–45°)',
        'Moderate: half to three quarters of the range (46–67°)',
        'Severe: more than three quarters of the range (68–90°)',
      ),
    },
    {
      id: 'laterocollis',
      text: 'Laterocollis (tilt toward a shoulder), excluding shoulder elevation',
      section: 'severity',
      options: anchors('None', 'Mild (1–15°)', 'Moderate (16–35°)', 'Severe (more than 35°)'),
    },
    {
      id: 'antero_retrocollis',
      text: 'Anterocollis or retrocollis (chin down or head back): score one',
      section: 'severity',
      options: anchors(
        'None',
        'Mild: slight chin-down deviation, or slight backward deviation with chin up',
        'Moderate: about half the possible range',
        'Severe: chin close to the chest, or about the full range backward',
      ),
    },
    {
      id: 'lateral_shift',
      text: 'Lateral shift',
      section: 'severity',
      options: anchors('Absent', 'Present'),
    },
    {
      id: 'sagittal_shift',
      text: 'Sagittal shift (forward or backward)',
      section: 'severity',
      options: anchors('Absent', 'Present'),
    },
    {
      id: 'duration',
      text: 'Duration factor (counted twice)',
      section: 'severity',
      options: anchors(
        'None',
        'Occasional (under 25% of the time), mostly submaximal',
        'Occasional and often maximal, or intermittent (25–50%) and mostly submaximal',
        'Intermittent and often maximal, or frequent (50–75%) and mostly submaximal',
        'Frequent and often maximal, or constant (over 75%) and mostly submaximal',
        'Constant and often maximal',
      ),
    },
    {
      id: 'sensory_trick',
      text: 'Effect of sensory tricks',
      section: 'severity',
      options: anchors(
        'Complete relief from one or more tricks',
        'Partial or limited relief',
        'Little or no benefit',
      ),
    },
    {
      id: 'shoulder_elevation',
      text: 'Shoulder elevation or forward displacement',
      section: 'severity',
      options: anchors(
        'Absent',
        'Mild (under a third of the range), intermittent or constant',
        'Moderate (a third to two thirds) and constant, or severe (over two thirds) and intermittent',
        'Severe and constant',
      ),
    },
    {
      id: 'range_of_motion',
      text: 'Range of motion, without sensory tricks',
      section: 'severity',
      options: anchors(
        'Reaches the extreme opposite position',
        'Well past the midline but not to the extreme',
        'Barely past the midline',
        'Toward the midline but not past it',
        'Barely moves beyond the abnormal posture',
      ),
      evidence: 'S',
    },
    {
      id: 'time',
      text: 'Time (up to 60 s) the head is held within 10° of neutral, without tricks',
      section: 'severity',
      options: anchors('More than 60 s', '46–60 s', '31–45 s', '16–30 s', 'Under 15 s'),
      evidence: 'S',
    },
    {
      id: 'work',
      text: 'Work (job or housework)',
      section: 'disability',
      options: disabilityStages('Marginal or no ability to do job or domestic duties'),
      evidence: 'NV',
    },
    {
      id: 'adl',
      text: 'Daily living: eating, dressing, washing',
      section: 'disability',
      options: disabilityStages('Dependent on others for most self-care'),
      evidence: 'NV',
    },
    {
      id: 'driving',
      text: 'Driving (0 if no difficulty or has never driven)',
      section: 'disability',
      options: disabilityStages('Cannot drive, and cannot ride as a passenger for long'),
      evidence: 'NV',
    },
    {
      id: 'reading',
      text: 'Reading',
      section: 'disability',
      options: disabilityStages('Cannot read beyond a few minutes'),
      evidence: 'NV',
    },
    {
      id: 'television',
      text: 'Watching television',
      section: 'disability',
      options: disabilityStages('Cannot watch more than a few minutes'),
      evidence: 'NV',
    },
    {
      id: 'outside_activities',
      text: 'Activities outside the home',
      section: 'disability',
      options: disabilityStages('Rarely if ever goes out for activities'),
      evidence: 'NV',
    },
    {
      id: 'pain_best',
      text: 'Neck pain at its best in the last week',
      section: 'pain',
      options: numericRating(10, 'no pain', 'worst pain imaginable'),
    },
    {
      id: 'pain_worst',
      text: 'Neck pain at its worst in the last week',
      section: 'pain',
      options: numericRating(10, 'no pain', 'worst pain imaginable'),
    },
    {
      id: 'pain_usual',
      text: 'Usual neck pain in the last week',
      section: 'pain',
      options: numericRating(10, 'no pain', 'worst pain imaginable'),
    },
    {
      id: 'pain_duration',
      text: 'How much of the time the pain is there',
      section: 'pain',
      options: anchors(
        'None',
        'Under 10% of the time',
        '10–25% of the time',
        '26–50% of the time',
        '51–75% of the time',
        'Over 75% of the time (almost always)',
      ),
      evidence: 'NV',
    },
    {
      id: 'pain_disability',
      text: 'How much pain limits activities',
      section: 'pain',
      options: anchors(
        'No limitation from pain',
        'Pain is bothersome but does not limit activities',
        'Pain interferes with some tasks but is not a major cause of limitation',
        'Pain accounts for some, less than half, of the limitation',
        'Pain is a major cause of limitation',
        'Pain is the main cause of limitation',
      ),
      evidence: 'NV',
    },
  ],
  total: {
    id: 'total',
    label: 'TWSTRS total',
    expression: {
      op: 'sum',
      of: [
        { op: 'score', id: 'severity' },
        { op: 'score', id: 'disability' },
        { op: 'score', id: 'pain' },
      ],
    },
    range: { min: 0, max: 85 },
    higherIsWorse: true,
    evidence: 'V',
  },
  subscales: [
    {
      id: 'severity',
      label: 'Severity',
      expression: {
        op: 'sum',
        of: [
          item('rotation'),
          item('laterocollis'),
          item('antero_retrocollis'),
          item('lateral_shift'),
          item('sagittal_shift'),
          item('duration', 2),
          item('sensory_trick'),
          item('shoulder_elevation'),
          item('range_of_motion'),
          item('time'),
        ],
      },
      range: { min: 0, max: 35 },
      higherIsWorse: true,
      evidence: 'V',
    },
    {
      id: 'disability',
      label: 'Disability',
      expression: {
        op: 'sum',
        of: ['work', 'adl', 'driving', 'reading', 'television', 'outside_activities'].map((id) =>
          item(id),
        ),
      },
      range: { min: 0, max: 30 },
      higherIsWorse: true,
      evidence: 'V',
    },
    {
      id: 'pain',
      label: 'Pain',
      expression: {
        op: 'sum',
        of: [{ op: 'score', id: 'pain_severity' }, item('pain_duration'), item('pain_disability')],
      },
      range: { min: 0, max: 20 },
      higherIsWorse: true,
      evidence: 'NV',
    },
  ],
  parts: [
    {
      id: 'pain_severity',
      label: 'Pain severity: (worst + best + 2 × usual) / 4',
      // (worst + best + 2×usual)/4 written as weights; quarters are exact in binary, so no
      // rounding creeps into the total.
      expression: {
        op: 'sum',
        of: [item('pain_worst', 0.25), item('pain_best', 0.25), item('pain_usual', 0.5)],
      },
      range: { min: 0, max: 10 },
      higherIsWorse: true,
      evidence: 'NV',
    },
  ],
  licence: {
    status: 'not_verified',
    note:
      'Licence not verified. Published in Consky & Lang 1994 (book chapter). Not the MDS-owned ' +
      'TWSTRS-2, which needs written MDS permission for every use and for any electronic form.',
  },
  source:
    'Consky ES, Lang AE. Clinical assessments of patients with cervical dystonia. In: Jankovic J, ' +
    'Hallett M, eds. Therapy with Botulinum Toxin. 1994. Item ranges per REFERENCE §3.1.',
  evidence: 'V',
  notes: [
    'Pain severity is computed as (worst + best + 2 × usual) / 4 on 0–10, the commonly used ' +
      'formula; REFERENCE marks it not verified, so the pain subscale and total carry that flag ' +
      'through the pain part. Quarter points are kept, not rounded.',
    'Intermediate disability anchors, pain-duration bands and pain-disability anchors are ' +
      'paraphrased and not verified; take exact wording from an authoritative copy.',
    'Some vendor pages print 0–87 or other ranges; those are wrong for the original scale.',
  ],
  minimalImportantChange: {
    text:
      'About 12 points on the total for a typical trial population (range 3–18 by baseline ' +
      'severity); at least 8 points in the CD PROBE registry.',
    evidence: 'V',
  },
};
