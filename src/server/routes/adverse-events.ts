import { z } from '@hono/zod-openapi';
import { type AdverseEventType, adverseEventLabels } from '../../domain/index.ts';
import {
  type AdverseEvent,
  createAdverseEvent,
  deleteAdverseEvent,
  listAdverseEvents,
  updateAdverseEvent,
} from '../../store/adverse-events.ts';
import type { Store } from '../../store/open-store.ts';
import { toxinSessionDate } from '../../store/toxin-sessions.ts';
import {
  Day,
  EntryMeta,
  entryMeta,
  invalidField,
  Note,
  recordEntryRoutes,
  shortText,
} from './record-entries.ts';

/** The domain's adverse-event types (REFERENCE §4.2), plus `other` described in words. */
export const adverseEventKinds: [AdverseEventType | 'other', ...(AdverseEventType | 'other')[]] = [
  'other',
  ...(Object.keys(adverseEventLabels) as AdverseEventType[]),
];

const kindChoices = [
  ...Object.entries(adverseEventLabels).map(([id, label]) => `${id} (${label})`),
  'other',
].join(', ');

const AdverseEventInput = z
  .object({
    kind: z.enum(adverseEventKinds, { message: `Choose what happened: ${kindChoices}.` }),
    kindOther: shortText('side effect').nullable().default(null),
    onsetOn: Day.openapi({ description: 'The day it started.' }),
    severity: z.enum(['mild', 'moderate', 'severe'], {
      message: 'Say how bad it is: mild, moderate or severe.',
    }),
    toxinSessionId: z
      .uuid('Link the side effect to one of your toxin sessions by its id, or leave it empty.')
      .nullable()
      .default(null),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.kind === 'other') !== (value.kindOther !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kindOther'],
        message:
          value.kind === 'other'
            ? 'Say what the side effect was.'
            : 'Set kind to "other" when you describe the side effect in your own words.',
      });
    }
  })
  .openapi('AdverseEventInput');

const AdverseEventEntry = z
  .object({
    ...EntryMeta,
    kind: z.enum(adverseEventKinds),
    kindOther: z.string().nullable(),
    onsetOn: Day,
    severity: z.enum(['mild', 'moderate', 'severe']),
    toxinSessionId: z.uuid().nullable(),
    note: z.string().nullable(),
  })
  .openapi('AdverseEvent');

function toApi(row: AdverseEvent) {
  return {
    ...entryMeta(row),
    kind: row.kind,
    kindOther: row.kindOther,
    onsetOn: row.onsetOn,
    severity: row.severity,
    toxinSessionId: row.toxinSessionId,
    note: row.note,
  };
}

export function adverseEventRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'adverse-events',
    idParam: 'adverseEventId',
    listKey: 'adverseEvents',
    noun: 'side effect',
    tag: 'treatments',
    input: AdverseEventInput,
    entry: AdverseEventEntry,
    list: (db, patientId) => listAdverseEvents(db, patientId),
    create: createAdverseEvent,
    update: updateAdverseEvent,
    remove: deleteAdverseEvent,
    toApi,
    // Only a session of this same record may be linked, and only one on or before the onset.
    verify: async (scope, value) => {
      if (value.toxinSessionId === null) return;
      const sessionDate = await toxinSessionDate(scope.db, scope.patientId, value.toxinSessionId);
      if (sessionDate === undefined) {
        throw invalidField(
          'toxinSessionId',
          'There is no toxin session with this id in this record. Choose one of the sessions listed, or leave it empty.',
        );
      }
      if (value.onsetOn < sessionDate) {
        throw invalidField(
          'onsetOn',
          `The side effect starts before the linked injection on ${sessionDate}. Check the dates, or link another session.`,
        );
      }
    },
  });
}
