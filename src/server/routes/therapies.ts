import { z } from '@hono/zod-openapi';
import type { Store } from '../../store/open-store.ts';
import {
  createTherapy,
  deleteTherapy,
  listTherapies,
  type Therapy,
  updateTherapy,
} from '../../store/therapies.ts';
import { Day, EntryMeta, entryMeta, Note, recordEntryRoutes } from './record-entries.ts';

export const therapyKinds = ['physio', 'speech', 'occupational'] as const;

const TherapyInput = z
  .object({
    kind: z.enum(therapyKinds, {
      message: 'Choose the therapy: physio, speech or occupational.',
    }),
    startedOn: Day,
    stoppedOn: Day.nullable().default(null),
    sessionsAttended: z
      .number('Give the number of sessions as a whole number.')
      .int('Give the number of sessions as a whole number.')
      .min(0, 'The number of sessions cannot be negative.')
      .max(10_000, 'That is too many sessions; check the number.')
      .nullable()
      .default(null),
    homeExerciseAdherencePercent: z
      .number('Give the share of home exercises done as a whole percent, 0 to 100.')
      .int('Give the share of home exercises done as a whole percent, 0 to 100.')
      .min(0, 'Use a percent from 0 to 100.')
      .max(100, 'Use a percent from 0 to 100.')
      .nullable()
      .default(null)
      .openapi({ description: 'Share of the planned home exercises done, 0–100 %.' }),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.stoppedOn !== null && value.stoppedOn < value.startedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['stoppedOn'],
        message: 'The end date is before the start date; check both dates.',
      });
    }
  })
  .openapi('TherapyInput');

const TherapyEntry = z
  .object({
    ...EntryMeta,
    kind: z.enum(therapyKinds),
    startedOn: Day,
    stoppedOn: Day.nullable(),
    sessionsAttended: z.number().int().nullable(),
    homeExerciseAdherencePercent: z.number().int().nullable(),
    note: z.string().nullable(),
  })
  .openapi('Therapy');

function toApi(row: Therapy) {
  return {
    ...entryMeta(row),
    kind: row.kind,
    startedOn: row.startedOn,
    stoppedOn: row.stoppedOn,
    sessionsAttended: row.sessionsAttended,
    homeExerciseAdherencePercent: row.homeExerciseAdherencePercent,
    note: row.note,
  };
}

export function therapyRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'therapies',
    idParam: 'therapyId',
    listKey: 'therapies',
    noun: 'therapy',
    tag: 'treatments',
    input: TherapyInput,
    entry: TherapyEntry,
    list: (db, patientId) => listTherapies(db, patientId),
    create: createTherapy,
    update: updateTherapy,
    remove: deleteTherapy,
    toApi,
  });
}
