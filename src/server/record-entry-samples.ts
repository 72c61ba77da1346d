import type { World } from './test-world.ts';

/**
 * One valid body for each kind of record entry, dated around the test world's clock
 * (2026-06-02), for the authorization table and the record tests.
 */
export const recordEntrySamples = {
  episodes: {
    startedAt: '2026-06-01T12:30:00.000Z',
    durationMinutes: 20,
    severity: 5,
    pain: 3,
    regions: ['neck'],
    trigger: 'writing',
    sensoryTrick: 'hand on the chin',
    sensoryTrickEffect: 'partial',
  },
  medications: {
    name: 'trihexyphenidyl',
    dose: 2,
    unit: 'mg',
    frequency: 'three times a day',
    startedOn: '2026-05-01',
  },
  'toxin-sessions': {
    sessionDate: '2026-05-20',
    product: 'onabotulinumtoxinA',
    totalUnits: 200,
    muscles: [
      { muscle: 'splenius capitis', side: 'L', units: 120 },
      { muscle: 'sternocleidomastoid', side: 'R', units: 80 },
    ],
    lot: 'C1234',
    injector: 'Dr Rivera',
  },
  'adverse-events': { kind: 'dysphagia', onsetOn: '2026-05-27', severity: 'mild' },
  therapies: {
    kind: 'physio',
    startedOn: '2026-04-01',
    sessionsAttended: 6,
    homeExerciseAdherencePercent: 70,
  },
  'dbs-setting-changes': { changedOn: '2026-05-15', settings: 'L: C1-, 3.0 mA, 60 µs, 130 Hz' },
  surgeries: { performedOn: '2025-11-03', kind: 'dbs_implant' },
  'questionnaire-responses': {
    scaleId: 'gad7',
    answeredOn: '2026-06-01',
    answers: { q1: 1, q2: 0, q3: 1, q4: 0, q5: 0, q6: 1, q7: 0 },
  },
  'video-checks': {
    measuredOn: '2026-06-01',
    measurements: {
      durationSec: 12,
      frameCount: 360,
      faceFoundRatio: 0.98,
      headPositionDeg: { yaw: 24.5, pitch: -3.1, roll: 8.2 },
      tremor: {
        lookedFor: true,
        detected: true,
        peakHz: 1.8,
        powerDeg2PerHz: 2.4,
        amplitudeDeg: 1.6,
        axis: 'yaw',
      },
      blinks: { count: 4, ratePerMin: 20, closedFraction: 0.03, longestClosureSec: 0.3 },
      twstrs: {
        rotation: { score: 2, probabilities: [0, 0.3, 0.7, 0, 0] },
        laterocollis: { score: 1, probabilities: [0.2, 0.8, 0, 0] },
        antero_retrocollis: { score: 0, probabilities: [0.9, 0.1, 0, 0] },
        lateral_shift: { score: null, probabilities: null },
        sagittal_shift: { score: 0, probabilities: [1, 0] },
        shoulder_elevation: { score: 0, probabilities: [0.95, 0.05, 0, 0] },
        duration: { score: 4, probabilities: [0, 0, 0, 0.1, 0.9, 0] },
      },
    },
  },
} as const;

export type RecordEntryKindPath = keyof typeof recordEntrySamples;
export const recordEntryKindPaths = Object.keys(recordEntrySamples) as RecordEntryKindPath[];

/** Saves a fresh sample entry as the patient and returns the path of that entry. */
export async function samplePathIn(world: World, kind: RecordEntryKindPath): Promise<string> {
  const collection = `/api/patients/${world.patientId}/${kind}`;
  const { id } = await world.clients.patient.json<{ id: string }>(
    'POST',
    collection,
    recordEntrySamples[kind],
    201,
  );
  return `${collection}/${id}`;
}
