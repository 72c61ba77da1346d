import { isDeepStrictEqual } from 'node:util';
import { z } from '@hono/zod-openapi';
import type { Store } from '../../store/open-store.ts';
import {
  createVideoCheck,
  deleteVideoCheck,
  findVideoCheck,
  listVideoChecks,
  updateVideoCheckNote,
  type VideoCheck,
} from '../../store/video-checks.ts';
import {
  Day,
  EntryMeta,
  entryMeta,
  invalidField,
  Note,
  recordEntryRoutes,
  refuseFutureDay,
} from './record-entries.ts';

/**
 * The summary of a video check, as the device measured it (src/motion): the server cannot see
 * the video, so it checks that every number is of the right kind and in its range, and keeps
 * it as sent. Field names follow `tonus analyze`'s JSON.
 */
const share = (what: string) =>
  z
    .number(`Give ${what} as a share from 0 to 1.`)
    .min(0, `Give ${what} as a share from 0 to 1.`)
    .max(1, `Give ${what} as a share from 0 to 1.`);
const Angle = z
  .number('Give the angle in degrees.')
  .min(-180, 'An angle is between -180 and 180 degrees.')
  .max(180, 'An angle is between -180 and 180 degrees.')
  .nullable();
const atLeastZero = (what: string, max: number) =>
  z
    .number(`Give ${what} as a number.`)
    .min(0, `${what} cannot be negative.`)
    .max(max, `${what} is at most ${max}.`);

/** A TWSTRS item estimate: its score and the probability of every possible score. */
const twstrsItem = (maxScore: number) =>
  z
    .object({
      score: z.number().int().min(0).max(maxScore).nullable(),
      probabilities: z
        .array(share('each probability'))
        .length(maxScore + 1, `Give one probability for each score from 0 to ${maxScore}.`)
        .nullable(),
    })
    .strict()
    .superRefine((item, ctx) => {
      if ((item.score === null) !== (item.probabilities === null)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Give the score and its probabilities together, or neither (not measured).',
        });
      }
      const sum = item.probabilities?.reduce((a, b) => a + b, 0);
      if (sum !== undefined && Math.abs(sum - 1) > 0.01) {
        ctx.addIssue({
          code: 'custom',
          path: ['probabilities'],
          message: 'The probabilities of the scores add up to 1.',
        });
      }
    });

export const VideoCheckMeasurements = z
  .object({
    durationSec: atLeastZero('The video length in seconds', 4 * 3600),
    frameCount: z.number().int().min(1, 'A video check measures at least one frame.'),
    faceFoundRatio: share('the share of frames with a face measured'),
    headPositionDeg: z.object({ yaw: Angle, pitch: Angle, roll: Angle }).strict().openapi({
      description:
        "Median head position in the person's own frame, degrees: yaw > 0 chin turned to the person's left, pitch > 0 chin up, roll > 0 tilted toward the left shoulder. Null where the face was not measured.",
    }),
    tremor: z
      .object({
        /** False when no stretch of video was long enough to look for a tremor in. */
        lookedFor: z.boolean(),
        detected: z.boolean(),
        // Caps only where a value is physically impossible: a slow-motion video's Nyquist limit
        // can pass 120 Hz, and a face that flickers in and out can make a very high blink rate.
        peakHz: atLeastZero('The tremor frequency in Hz', 10_000).nullable(),
        powerDeg2PerHz: atLeastZero('The tremor power in deg²/Hz', 1e6).nullable(),
        amplitudeDeg: atLeastZero('The tremor amplitude in degrees', 180).nullable(),
        axis: z.enum(['yaw', 'pitch', 'roll']).nullable(),
      })
      .strict(),
    blinks: z
      .object({
        count: z.number().int().min(0),
        ratePerMin: atLeastZero('The blink rate per minute', 1_000_000).nullable(),
        closedFraction: share('the share of time with the eyes closed').nullable(),
        longestClosureSec: atLeastZero('The longest closure in seconds', 4 * 3600).nullable(),
      })
      .strict(),
    twstrs: z
      .object({
        rotation: twstrsItem(4),
        laterocollis: twstrsItem(3),
        antero_retrocollis: twstrsItem(3),
        lateral_shift: twstrsItem(1),
        sagittal_shift: twstrsItem(1),
        shoulder_elevation: twstrsItem(3),
        duration: twstrsItem(5),
      })
      .strict()
      .openapi({
        description:
          'TWSTRS severity item estimates from the video: score is the band of the median measurement, probabilities[k] the probability of score k given the measurement error.',
      }),
  })
  .strict();

const VideoCheckInput = z
  .object({
    measuredOn: Day.openapi({ description: 'The day the video was measured (the person’s date).' }),
    measurements: VideoCheckMeasurements,
    note: Note,
  })
  .strict()
  .openapi('VideoCheckInput');

const VideoCheckEntry = z
  .object({
    ...EntryMeta,
    measuredOn: Day,
    softwareVersion: z.string(),
    measurements: VideoCheckMeasurements,
    note: z.string().nullable(),
    disclaimer: z.string(),
  })
  .openapi('VideoCheck');

/** Said with every stored video check, as with every score the software makes. */
export const videoCheckDisclaimer =
  'Measured by software from a video on the person’s device: estimates with their uncertainty, for a clinician to check. Tonus supports care; it does not diagnose.';

function toApi(row: VideoCheck) {
  return {
    ...entryMeta(row),
    measuredOn: row.measuredOn,
    softwareVersion: row.softwareVersion,
    measurements: row.measurements,
    note: row.note,
    disclaimer: videoCheckDisclaimer,
  };
}

type Input = z.output<typeof VideoCheckInput>;

/** `version`: this server's Tonus version, stored with each check it keeps. */
export function videoCheckRoutes(store: Store, version: string) {
  const values = ({ measuredOn, measurements, note }: Input) => ({
    measuredOn,
    measurements,
    note,
    softwareVersion: version,
  });
  return recordEntryRoutes(store, {
    path: 'video-checks',
    idParam: 'videoCheckId',
    listKey: 'videoChecks',
    noun: 'video check',
    tag: 'video checks',
    input: VideoCheckInput,
    entry: VideoCheckEntry,
    list: (db, patientId) => listVideoChecks(db, patientId),
    create: (db, patientId, input, by, id) =>
      createVideoCheck(db, patientId, values(input), by, id),
    // Only the note can change: the numbers are what the software measured that day.
    async update(db, patientId, id, input, by) {
      const stored = await findVideoCheck(db, patientId, id);
      if (stored === undefined) return undefined;
      if (
        stored.measuredOn !== input.measuredOn ||
        !isDeepStrictEqual(stored.measurements, input.measurements)
      ) {
        throw invalidField(
          'measurements',
          'What the software measured cannot be changed, only the note. Send the measurements and date as stored, or keep a new video check.',
        );
      }
      return updateVideoCheckNote(db, patientId, id, input.note, by);
    },
    remove: deleteVideoCheck,
    toApi,
    verify: (_scope, input, now) =>
      refuseFutureDay('measuredOn', input.measuredOn, now, 'the day the video was measured'),
  });
}
